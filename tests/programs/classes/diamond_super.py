class Base:
    def greet(self):
        return ["Base"]
class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()
class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()
class Bottom(Left, Right):
    def greet(self):
        return ["Bottom"] + super().greet()
print(Bottom().greet())
print([c.__name__ for c in Bottom.__mro__])
class Mixin:
    def __init__(self, **kw):
        print("Mixin init", sorted(kw))
        super().__init__(**kw)
class Core:
    def __init__(self, **kw):
        print("Core init", sorted(kw))
class Combined(Mixin, Core):
    def __init__(self):
        super().__init__(a=1, b=2)
Combined()
