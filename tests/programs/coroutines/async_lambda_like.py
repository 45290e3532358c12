async def double(x):
    return x * 2
async def apply(fn, values):
    return [await fn(v) for v in values]
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(apply(double, [1, 2, 3])))
async def compose(*fns):
    async def composed(x):
        for fn in fns:
            x = await fn(x)
        return x
    return composed
f = run(compose(double, double))
print(run(f(5)))
print(type(f).__name__, f.__qualname__)
