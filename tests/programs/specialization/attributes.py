# Specialized attribute instructions (PEP 659) must give way when what they assumed changes:
# each loop runs a site often enough to specialize it, then changes the class, the instance or the module.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objects):
    return [o.x for o in objects]


points = [Point(i, -i) for i in range(50)]
print(sum(read_x(points)))

# The class gains a property with the same name: a data descriptor wins over the instance value.
Point.x = property(lambda self: "prop")
print(read_x(points)[:3])
del Point.x
print(read_x(points)[:3])

# An instance whose attributes became a dict, and one that lacks the attribute.
p = Point(1, 2)
p.__dict__["x"] = 99
print(read_x([points[1], p, points[2]]))
q = Point(5, 6)
del q.x
try:
    read_x([q])
except AttributeError as e:
    print("AttributeError:", e)


# A different class at the same site, and __getattr__ added later.
class Other:
    x = "class attribute"


print(read_x([Other(), points[3]]))
Other.__getattr__ = lambda self, name: f"getattr {name}"
del Other.x
print(read_x([Other()]))


# Methods: replaced on the class, shadowed by an instance attribute, a different class.
def call_norm(objects):
    return [o.norm1() for o in objects]


print(sum(call_norm(points)))
Point.norm1 = lambda self: "replaced"
print(call_norm(points[:2]))
points[0].norm1 = lambda: "instance"
print(call_norm(points[:2]))


class Sub(Point):
    def norm1(self):
        return "sub"


print(call_norm([Sub(1, 1), points[1]]))


# Stores: specialized, then a __setattr__ arrives, then a slot class.
def set_all(objects, value):
    for o in objects:
        o.y = value


set_all(points, 7)
print(points[5].y)
Point.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
set_all(points, 7)
print(points[5].y)
del Point.__setattr__


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


s = [Slotted() for _ in range(20)]
set_all(s, 3)
print(read_x(s)[:2], s[0].y)
try:
    read_x([Slotted.__new__(Slotted)])
except AttributeError as e:
    print("AttributeError:", e)
try:
    set_all([object()], 1)
except AttributeError as e:
    print("AttributeError:", e)


# Module attributes and methods on modules: rebinding and deleting.
import math


def root(values):
    return [math.sqrt(v) for v in values]


print(root(range(0, 40, 9)))
math.sqrt = lambda v: -v
print(root([4, 9]))
del math.sqrt
try:
    root([4])
except AttributeError as e:
    print("AttributeError:", e)


# Functions loaded from a class (Base.method(self)): the class changing, a subclass, a metaclass.
class Base:
    def describe(self):
        return "Base.describe"


class Derived(Base):
    def describe(self):
        return "Derived+" + Base.describe(self)


def describe_all(objects, cls=Base):
    return [cls.describe(o) for o in objects]


objs = [Derived() for _ in range(30)]
print(describe_all(objs)[:1], describe_all(objs, Derived)[:1])
Base.describe = lambda self: "replaced"
print(describe_all(objs)[:1], objs[0].describe())


class Meta(type):
    def __getattribute__(cls, name):
        return lambda self: f"Meta sees {name}"


class Managed(metaclass=Meta):
    def describe(self):
        return "Managed.describe"


print(describe_all([1], Managed), describe_all([1, 2], int.__class__) if False else None)
try:
    describe_all(objs[:1], object)
except AttributeError as e:
    print("AttributeError:", e)
