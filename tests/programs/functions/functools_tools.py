import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
p = functools.partial(sorted, key=len)
print(p(["ccc", "a", "bb"]), p.func.__name__, p.keywords)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
Cmp = functools.total_ordering(Cmp)
print(Cmp(1) <= Cmp(2), Cmp(3) >= Cmp(4), Cmp(2) > Cmp(1))
