class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, value, *, twice=False):
        result = value * self.factor
        return result * self.factor if twice else result
triple = Multiplier(3)
print(triple(5), triple(5, twice=True), list(map(triple, [1, 2])))
print(callable(triple), callable(Multiplier))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
