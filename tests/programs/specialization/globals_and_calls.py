# Specialized global loads and calls must see rebinding, deletion and shadowing of builtins.


def use_len(items):
    return [len(x) for x in items]


data = [[1], [1, 2], "abc"] * 10
print(sum(use_len(data)))
len = lambda x: 42  # a module global now shadows the builtin
print(use_len(data)[:3])
del len
print(use_len(data)[:3])


def helper(a, b):
    return a + b


def call_helper(n):
    total = 0
    for i in range(n):
        total = helper(total, i)
    return total


print(call_helper(100))


def helper(a, b):  # rebinding the global the call site saw
    return a - b


print(call_helper(100))
helper.__code__ = (lambda a, b: a * 0 + b).__code__
print(call_helper(10))


def defaults(a, b=10):
    return a + b


def call_defaults(n):
    return [defaults(i) for i in range(n)]


print(call_defaults(3))
defaults.__defaults__ = (100,)
print(call_defaults(3))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self.n


c = Counter()
for i in range(50):
    c.bump(i)
print(c.n)
bound = c.bump
for i in range(20):
    bound(1)
print(c.n)
try:
    for i in range(20):
        c.bump(1, 2)
except TypeError as e:
    print("TypeError:", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
