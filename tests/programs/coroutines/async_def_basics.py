async def add(a, b):
    return a + b
coro = add(2, 3)
print(type(coro).__name__, add.__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result via StopIteration:", e.value)
async def nothing():
    pass
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("returns", e.value)
CO_COROUTINE = 0x80
print(bool(add.__code__.co_flags & CO_COROUTINE))
c2 = add(1, 1)
c2.close()
print("closed without running")
