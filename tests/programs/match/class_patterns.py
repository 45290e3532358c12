class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(center=Point(x=cx, y=cy), r=r):
            return f"circle at {cx},{cy} r={r}"
        case Point():
            return "some point"
        case _:
            return "not a shape"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 4), "x"]:
    print(where(o))
try:
    match Circle(0, 1):
        case Circle(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
