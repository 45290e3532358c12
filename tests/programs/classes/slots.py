class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
print(hasattr(p, "x"))
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(0, 0)
lo.anything = "ok"
print(lo.anything, "__dict__" in dir(lo))
print(type(Point.x).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
