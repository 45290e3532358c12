# Hot operation: int addition (machine-size values) in a loop.
def run(n):
    total = 0
    step = 3
    for i in range(n):
        total = total + i + step
    return total


print(run(10_000_000))
