log = []
def producer():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
def consumer(src):
    for v in src:
        log.append(f"consume {v}")
        yield v * 10
result = consumer(producer())
print(log)
print(next(result))
print(log)
print(list(result))
print(log)
