async def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
ag = accumulate()
print(step(ag.asend(None)))
print(step(ag.asend(5)))
print(step(ag.asend(7)))
print(step(ag.asend(None)))
async def failing():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
f = failing()
print(step(f.asend(None)))
print(step(f.athrow(ValueError("x"))))
print(step(f.aclose()))
