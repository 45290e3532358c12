class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
async def square(x):
    return x * x
async def main():
    a = [x async for x in ARange(5)]
    b = {x: await square(x) async for x in ARange(3)}
    c = {x % 2 async for x in ARange(4)}
    d = [await square(x) for x in range(4)]
    g = (x async for x in ARange(3))
    e = [v async for v in g]
    return a, b, sorted(c), d, e
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
