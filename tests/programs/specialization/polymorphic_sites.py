# One call site meeting several classes or functions: specialized attribute reads, writes, method loads
# and Python calls accept other types whose layout fits (subclasses sharing a base's attributes) and
# must refuse the ones that do not (another index, a property, a slot, an instance dict).


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def describe(self):
        return f"{type(self).__name__}({self.a}, {self.b})"


class Same(Base):
    pass


class Extra(Base):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.c = a + b


class Reordered(Base):
    def __init__(self, a, b):
        self.b = b  # b first: another index for both names
        self.a = a


class WithProperty(Base):
    @property
    def a(self):
        return "property a"

    @a.setter
    def a(self, value):
        self._a = value


class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def describe(self):
        return "slots"


class WithDict(Base):
    pass


class Overrides(Base):
    def describe(self):
        return "overridden"


def read(o):
    return o.a, o.b


def write(o, v):
    o.a = v
    o.b = v * 2


def call_describe(o):
    return o.describe()


with_dict = WithDict(7, 8)
with_dict.__dict__["z"] = 0
objects = [Base(1, 2), Same(3, 4), Extra(5, 6), Reordered(9, 10), WithProperty(11, 12), WithSlots(13, 14),
           with_dict, Overrides(15, 16)]
for round_ in range(3):
    for _ in range(50):
        for o in objects[:3]:
            read(o)
            write(o, 1)
            call_describe(o)
    for o in objects:
        write(o, round_)
        print(type(o).__name__, read(o), call_describe(o))
print(objects[4].__dict__, objects[3].__dict__)


# Calls of different functions from one site: exact arguments, defaults, then ones that do not fit.
def one(x):
    return ("one", x)


def two(x, y=20):
    return ("two", x, y)


def star(*args):
    return ("star", args)


def kwonly(x, *, k=1):
    return ("kwonly", x, k)


def needs_two(x, y):
    return ("needs_two", x, y)


def apply(f, x):
    return f(x)


for _ in range(100):
    apply(one, 1)
print([apply(f, 5) for f in (one, two, star, kwonly, one)])
try:
    apply(needs_two, 5)
except TypeError as e:
    print("TypeError:", e)
one.__code__ = two.__code__
try:
    apply(one, 6)
except TypeError as e:
    print("TypeError:", e)
one.__defaults__ = (30,)
print(apply(one, 6))
two.__defaults__ = (99,)
print(apply(two, 7))
two.__defaults__ = None
try:
    apply(two, 8)
except TypeError as e:
    print("TypeError:", e)
print(apply(lambda x: x * 3, 4), apply(lambda: 0, 4) if False else "skipped")
try:
    apply(lambda: 0, 4)
except TypeError as e:
    print("TypeError:", e)


# One method call site meeting subclasses that override the method: each type's own method, up to the
# entry's capacity and beyond; a method replaced on a class, or shadowed by an instance attribute.
class Shape:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__}:{self.area()}"


class Square(Shape):
    def area(self):
        return 4


class Circle(Shape):
    def area(self):
        return 3


class Triangle(Shape):
    def area(self):
        return 2


class Hexagon(Shape):
    def area(self):
        return 6


class Blob(Shape):
    pass


def areas(shapes):
    return [s.area() for s in shapes]


shapes = [Shape(), Square(), Circle(), Triangle(), Hexagon(), Blob()]
for _ in range(100):
    areas(shapes)
print(areas(shapes), [s.describe() for s in shapes])
Circle.area = lambda self: 33
print(areas(shapes))
odd = Square()
odd.area = lambda: "instance attribute"
print(areas([odd, Square(), Circle()]))
del Circle.area
print(areas(shapes))
