log = []
def gen(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
z = zip(gen("a", 3), gen("b", 2))
print(log)
print(list(z))
print(log)
log.clear()
m = map(lambda x, y: x + y, gen("c", 5), gen("d", 2))
print(next(m), log)
print(list(m), log)
