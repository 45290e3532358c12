class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def consume():
    out = []
    async for v in Ticker(4):
        out.append(v)
    else:
        out.append("else")
    return out
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(consume()))
async def with_break():
    async for v in Ticker(10):
        if v > 20:
            break
    return v
print(run(with_break()))
