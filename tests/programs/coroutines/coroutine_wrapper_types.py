import types
@types.coroutine
def legacy():
    value = yield "from legacy"
    return value * 2
async def modern():
    return await legacy()
c = modern()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
async def f():
    pass
coro = f()
print(type(coro).__name__, type(coro.__await__()).__name__)
coro.close()
