data = [5, 4, 3, 0, 2, 1]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
print(list(it))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
import functools
chunks = iter(functools.partial(next, iter("abcdef")), "d")
print(list(chunks))
