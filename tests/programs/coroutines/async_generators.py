async def agen(n):
    for i in range(n):
        yield i * i
    print("agen exhausted")
async def collect():
    result = []
    async for v in agen(4):
        result.append(v)
    return result
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(collect()))
ag = agen(2)
print(type(ag).__name__, agen.__name__)
async def comprehension():
    return [v async for v in agen(3) if v % 2 == 0]
print(run(comprehension()))
async def manual():
    it = agen(2).__aiter__()
    a = await it.__anext__()
    b = await it.__anext__()
    try:
        await it.__anext__()
    except StopAsyncIteration:
        return a, b, "stop"
print(run(manual()))
