class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)
    def describe(self):
        return f"Base({self.value})"
class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        print("Child.__init__", extra)
    def describe(self):
        return "Child+" + super().describe()
c = Child(1, "x")
print(c.describe())
class GrandChild(Child):
    def describe(self):
        return "Grand+" + super(Child, self).describe()
g = GrandChild(2, "y")
print(g.describe())
print(super(GrandChild, g).describe())
class WithClassmethod(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)
obj = WithClassmethod.make()
print(type(obj).__name__, hasattr(obj, "value"))
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
