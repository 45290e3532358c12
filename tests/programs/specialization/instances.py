# Calls of classes with a Python __init__ run __init__ in the caller's loop once specialized: the
# result, errors and changes to the class after specialization must be as in CPython.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n, cls=Point):
    return [cls(i, i + 1) for i in range(n)]


points = make(40)
print(len(points), points[-1].x, points[-1].y, type(points[0]).__name__)


# __init__ returning something else, raising, or seeing its caller.
class Bad:
    def __init__(self, a, b):
        if a > 30:
            return a


try:
    make(40, Bad)
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, a, b):
        if a == 35:
            raise ValueError(f"bad {a}")
        self.caller = sys._getframe(1).f_code.co_name


try:
    make(40, Raises)
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(make(3, Raises)[0].caller)


# The class changes after the site specialized: a new __init__, a __new__, a metaclass-made class.
def make_pairs(cls):
    return [cls(i, -i) for i in range(30)]


make_pairs(Point)
Point.__init__ = lambda self, x, y: setattr(self, "sum", x + y)
print(make_pairs(Point)[5].sum)


class WithNew(Point):
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj


print(make_pairs(WithNew)[3].made_by_new)


class Meta(type):
    def __call__(cls, *args):
        return f"Meta.__call__{args}"


class Managed(metaclass=Meta):
    def __init__(self, a, b):
        pass


print(make_pairs(Managed)[2])


# Wrong argument counts still give CPython's messages; keyword arguments take the general path.
for args in ((1,), (1, 2, 3)):
    try:
        Point.__init__ = Point.__dict__["__init__"]
        make_pairs(lambda *a: Point(*args))
    except TypeError as e:
        print("TypeError:", e)
print(make_pairs(lambda a, b: Point(y=b, x=a))[4].sum)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


print(sum(s.a - s.b for s in make_pairs(Slots)))


def deep(n):
    class Node:
        def __init__(self, depth):
            self.child = deep(depth - 1) if depth else None

    return Node(n)


try:
    deep(2000)
except RecursionError as e:
    print("RecursionError:", e)
