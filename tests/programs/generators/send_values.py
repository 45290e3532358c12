def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("final total", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo: {received}"
e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as ex:
    print(type(ex).__name__, ex)
