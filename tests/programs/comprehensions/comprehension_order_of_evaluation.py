log = []
def src(name, values):
    log.append(f"iter {name}")
    return values
def cond(v):
    log.append(f"cond {v}")
    return v % 2 == 0
def val(v):
    log.append(f"val {v}")
    return v
result = [val(x) for x in src("outer", [1, 2, 3, 4]) if cond(x)]
print(result)
print(log)
log.clear()
pairs = [(a, b) for a in src("A", [1, 2]) for b in src("B", "xy")]
print(pairs)
print(log)
log.clear()
d = {val(k): val(k * 10) for k in [1, 2]}
print(d, log)
