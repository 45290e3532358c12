def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
print(take(5, naturals()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
import itertools
print(list(itertools.islice(fib(), 10, 15)))
print(list(itertools.takewhile(lambda x: x < 30, fib())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
