class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
async def worker(name, steps, delay):
    for i in range(steps):
        print(f"{name} step {i}")
        await Sleep(delay)
    return f"{name} finished"
def run_all(coros):
    ready = [(0, i, c) for i, c in enumerate(coros)]
    now = 0
    results = {}
    while ready:
        ready.sort()
        when, idx, coro = ready.pop(0)
        now = max(now, when)
        try:
            delay = coro.send(None)
        except StopIteration as e:
            results[idx] = (now, e.value)
            continue
        ready.append((now + delay, idx, coro))
    return results
res = run_all([worker("A", 3, 2), worker("B", 2, 3), worker("C", 1, 1)])
for k in sorted(res):
    print(k, res[k])
