class Yield:
    def __await__(self):
        yield
async def countdown(name, n):
    log = []
    while n:
        log.append(f"{name}{n}")
        n -= 1
        await Yield()
    return log
def gather(*coros):
    pending = list(coros)
    results = [None] * len(coros)
    index = {id(c): i for i, c in enumerate(coros)}
    order = []
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[index[id(c)]] = e.value
                pending.remove(c)
                order.append(index[id(c)])
    return results, order
print(gather(countdown("a", 3), countdown("b", 1), countdown("c", 2)))
