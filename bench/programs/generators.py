# Generator pipelines: chained generators, yield from, generator expressions, send(), and early close.
import _harness


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, factor):
    for x in source:
        yield x * factor


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def nested_data(depth, width):
    if depth == 0:
        return list(range(width))
    return [nested_data(depth - 1, width) for _ in range(width)] + [depth]


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value


def take(source, n):
    for i, x in enumerate(source):
        if i >= n:
            return
        yield x


def bench(scale):
    checksum = 0
    for k in range(scale):
        n = 2000 + k % 7
        pipeline = windows(only_odd(scaled(numbers(n), 3)), 3)
        checksum += sum(a * 3 + b * 2 + c for a, b, c in pipeline)
        checksum += sum(x * x for x in numbers(n) if x % 3 == 0) % 1000003
        checksum += sum(flatten(nested_data(3, 4 + k % 2)))
        acc = running_total()
        next(acc)
        for x in take(numbers(10 ** 9), 500):
            checksum += acc.send(x) & 0xFF
        acc.close()
        checksum += max((x ^ 0x55 for x in range(300)), default=0)
    return checksum



DEFAULT_SCALE = 600
QUICK_SCALE = 60

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
