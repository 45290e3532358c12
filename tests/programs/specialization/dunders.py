# Binary operators of classes call their Python methods directly once specialized; NotImplemented,
# reflected methods, in-place methods and changed classes must give CPython's results.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if other == "skip":
            return NotImplemented
        return V(self.x + other)

    def __mul__(self, k):
        return V(self.x * k)

    def __repr__(self):
        return f"V({self.x})"


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


total = V(0)
for i in range(40):
    total = add(total, V(i))
    mul(total, 1.0)
print(total, add(V(1), 2), mul(V(3), 2.5))
try:
    add(V(1), "skip")
except TypeError as e:
    print("TypeError:", e)


class W:
    def __radd__(self, other):
        return "W.__radd__"


print(add(V(1), W()))
V.__add__ = lambda self, other: "replaced"
print(add(V(1), V(2)))
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __add__(self, k):
        return "plain add"


def iadd(a, k):
    a += k
    return a


acc = Acc()
for i in range(30):
    acc = iadd(acc, i)
print(acc.n, add(Acc(), 1))


class Sub(V):
    def __rmul__(self, k):
        return "Sub.__rmul__"


print(mul(V(2), Sub(3)), mul(3, Sub(1)))
