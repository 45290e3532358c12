def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
next(avg)
for v in [10, 20, 30, 5]:
    print(f"after {v}: {avg.send(v):.2f}")
def windowed(seq, n):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
print(list(windowed(range(6), 3)))
