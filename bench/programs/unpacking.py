# Tuple packing and unpacking: swaps, multiple returns, star-unpacking in assignments, loops and calls.
import _harness


def divmod_pair(a, b):
    return a // b, a % b


def min_max_sum(values):
    lo, hi, total = values[0], values[0], 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total


def rotate(first, *rest):
    return (*rest, first)


def gcd_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def bench(scale):
    checksum = 0
    records = [(i, i * 7 % 13, (i * 31 % 17, i % 5)) for i in range(300)]
    for k in range(scale):
        for ident, bucket, (x, y) in records:
            q, r = divmod_pair(ident + k, bucket + 1)
            checksum += q * x - r * y
        first, *middle, last = records[k % 50:k % 50 + 20]
        checksum += first[0] + last[0] + len(middle)
        head, *tail = [v for _, v, _ in records[:40]]
        checksum += head + sum(tail)
        lo, hi, total = min_max_sum([b for _, b, _ in records])
        checksum += lo + hi + total
        values = list(range(40))
        for i in range(0, 40, 2):
            values[i], values[i + 1] = values[i + 1], values[i]
        checksum += sum(i * v for i, v in enumerate(values))
        a, b, c, d = rotate(*rotate(k, k + 1, k + 2, k + 3))
        checksum += a * 1000 + b * 100 + c * 10 + d
        for i in range(1, 60):
            g, steps = gcd_steps(k + i * 97, i * 31 + 7)
            checksum += g + steps
        checksum += sum(fib_pairs(100 + k % 10))
        point = {"x": k, "y": k * 2}
        merged = {**point, "z": 3, **{"w": k % 4}}
        checksum += sum(merged.values())
        p, (s, t), *_ = (1, (2, 3), 4, 5)
        checksum += p + s + t
    return checksum



DEFAULT_SCALE = 6000
QUICK_SCALE = 600

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
