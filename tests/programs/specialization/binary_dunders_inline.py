# stderr: full
# a + b on instances of a Python class runs a.__add__ as a frame of the evaluation loop; NotImplemented
# goes on with the reflected method, a subclass's reflected method still goes first, in-place methods keep
# priority, and errors inside the method show both frames.


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k * 10, self.y * k * 10)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Scalar:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Vec(other.x + self.v, other.y + self.v)


class Special(Vec):
    def __radd__(self, other):
        return "Special.__radd__ first"


class Accumulator:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        return "plain add"


class Defaults:
    def __add__(self, other, extra=1):
        return ("defaults", other, extra)


class Broken:
    def __add__(self, other):
        return 1 / 0


class Deep:
    def __add__(self, other):
        return self + other


total = Vec(0, 0)
for i in range(200):
    total = total + Vec(i, 1) - Vec(0, 1) * 2
print(total, Vec(1, 2) + Scalar(5), 3 * Vec(1, 1), Vec(1, 2) + Special(0, 0))
acc = Accumulator()
for i in range(3):
    acc += i
print(acc.items, Accumulator() + 1, Defaults() + 2)
v = Vec(1, 1)
v += Vec(2, 2)
v *= 3
print(v)
for left, right in [(Vec(1, 1), 5), (Vec(1, 1), "s"), (Scalar(1), Vec(0, 0))]:
    try:
        print(left + right)
    except TypeError as e:
        print("TypeError:", e)
try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)
Broken() + 1
