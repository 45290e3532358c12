class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        value = yield self.label
        return f"{self.label} resumed with {value}"
async def task():
    r1 = await Suspend("first")
    print(r1)
    r2 = await Suspend("second")
    print(r2)
    return "task done"
coro = task()
print("yielded:", coro.send(None))
print("yielded:", coro.send(100))
try:
    coro.send(200)
except StopIteration as e:
    print("finished:", e.value)
