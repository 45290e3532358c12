class Util:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
    @classmethod
    @property
    def deprecated_combo(cls):
        return "classmethod over property"
print(Util.add(1, 2), Util().add(3, 4), Util.name(), Util().name())
sm = Util.__dict__["add"]
print(sm(5, 6), type(sm).__name__, callable(sm))
class Child(Util):
    pass
print(Child.name(), Child().name(), Child.add(0, 0))
print(Util.deprecated_combo)
f = staticmethod(len)
print(f("abc"), f.__func__ is len)
