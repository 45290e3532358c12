class Queue:
    def __init__(self):
        self.items = []
    def put(self, item):
        self.items.append(item)
    def get(self):
        return self
    def __await__(self):
        while not self.items:
            yield "waiting"
        return self.items.pop(0)
q = Queue()
async def consumer(name, count):
    got = []
    for _ in range(count):
        item = await q.get()
        got.append(item)
        print(f"{name} got {item}")
    return got
def producer():
    for i in range(5):
        q.put(f"item{i}")
        yield
tasks = {"c1": consumer("c1", 3), "c2": consumer("c2", 2)}
results = {}
prod = producer()
rounds = 0
while tasks:
    rounds += 1
    next(prod, None)
    for name in list(tasks):
        try:
            tasks[name].send(None)
        except StopIteration as e:
            results[name] = e.value
            del tasks[name]
print(results, rounds)
