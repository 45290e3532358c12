def worker():
    yield "step 1"
    yield "step 2"
    return {"status": "complete"}
g = worker()
for step in g:
    print(step)
g2 = worker()
next(g2); next(g2)
try:
    next(g2)
except StopIteration as e:
    print("return value:", e.value, e.args)
def delegator():
    result = yield from worker()
    yield f"delegated result: {result['status']}"
print(list(delegator()))
def empty_return():
    return
    yield
print(list(empty_return()))
