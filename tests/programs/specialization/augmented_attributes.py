# a.x op= v: LOAD_ATTR, the operator, SWAP 2, STORE_ATTR — the swap hands the object to the specialized
# attribute store directly; every kind of receiver and the failures must behave as in CPython.


class Body:
    def __init__(self, x):
        self.x = x
        self.v = 0.5


class Other:
    def __init__(self):
        self.v = 1.5
        self.x = 10


class Slotted:
    __slots__ = ("x", "v")

    def __init__(self):
        self.x = 3
        self.v = 2.5


class WithProperty:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value * 10


def step(obj, dt):
    obj.x += obj.v * dt
    obj.x -= 1
    obj.v *= 2
    return obj.x


bodies = [Body(i) for i in range(3)]
for _ in range(40):
    for b in bodies:
        step(b, 0.25)
print([(b.x, b.v) for b in bodies])

# The same site sees other types: another class, __slots__, a property, then the first class again.
mixed = [Body(1), Other(), Slotted(), Body(2)]
for _ in range(30):
    for m in mixed:
        step(m, 0.5)
print([(type(m).__name__, m.x, m.v) for m in mixed])
p = WithProperty()
for _ in range(3):
    p.x += 2
print(p.x)

# Instances whose attributes became a dict, and a deleted attribute.
d = Body(5)
d.__dict__["extra"] = 1
for _ in range(30):
    d.extra += d.x
print(d.extra)
gone = Body(7)
del gone.v
try:
    for _ in range(30):
        gone.x += 1
        gone.v += 1
except AttributeError as e:
    print("AttributeError:", e, gone.x)

# Augmented assignment where the operator fails: nothing is stored.
t = Body("s")
try:
    t.x += 1
except TypeError as e:
    print("TypeError:", e, repr(t.x))
