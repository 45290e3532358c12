# Calls that leave trailing parameters to their defaults run as frames with the defaults filled in once
# specialized; changed __defaults__, other functions at the site and methods must behave as in CPython.


def scale(x, factor=2, offset=0):
    return x * factor + offset


def call_one(f, x):
    return f(x)


def call_two(f, x, y):
    return f(x, y)


print(sum(call_one(scale, i) for i in range(60)), sum(call_two(scale, i, 3) for i in range(60)))
scale.__defaults__ = (10, 1)
print(call_one(scale, 5), call_two(scale, 5, 5))
scale.__defaults__ = (1,)
print(call_two(scale, 5, 7))
try:
    call_one(scale, 5)
except TypeError as e:
    print("TypeError", e)
scale.__defaults__ = None
try:
    call_two(scale, 1, 2)
except TypeError as e:
    print("TypeError", e)


def other(x, y=100):
    return x - y


print(call_one(other, 1), call_two(other, 1, 2))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, default=None, twice=False):
        return (self.v if self.v is not None else default) * (2 if twice else 1)


def read(b):
    return b.get(7)


print(sum(read(Box(i)) for i in range(60)), read(Box(None)))
Box.get.__defaults__ = (None, True)
print(read(Box(3)))


def kwonly(x, y=1, *, z=5):
    return x + y + z


print([call_one(kwonly, i) for i in range(60)][-1])


def mutable_default(x, acc=[]):
    acc.append(x)
    return len(acc)


print([call_one(mutable_default, i) for i in range(60)][-1], mutable_default.__defaults__[0][:3])


def deep(n, step=1):
    return n if n <= 0 else deep(n - step)


print(deep(500))
try:
    deep(10**6)
except RecursionError as e:
    print("RecursionError", e)
