async def leaf(x):
    return x * 2
async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b
async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended unexpectedly")
print(run(top()))
print(run(middle(10)))
