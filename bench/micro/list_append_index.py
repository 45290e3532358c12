# Hot operations: list append, indexing and item assignment.
def run(n):
    total = 0
    for _ in range(n // 1000):
        items = []
        for i in range(1000):
            items.append(i)
        for i in range(1000):
            total += items[i]
            items[i] = total & 7
    return total


print(run(6_000_000))
