class Shape:
    def area(self):
        return 0
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(2), Shape()]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area())[-1])
print(sum(s.area() for s in shapes))
class Duck:
    def area(self):
        return "duck typing"
print([x.area() for x in [Duck(), Square(1)]])
