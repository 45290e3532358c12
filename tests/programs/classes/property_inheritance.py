class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
class Doubled(Base):
    @property
    def value(self):
        return super().value * 2
d = Doubled()
print(d.value)
try:
    d.value = 10
except AttributeError as e:
    print(type(e).__name__, e)
class Extended(Base):
    @Base.value.setter
    def value(self, v):
        print("Extended setter")
        Base.value.fset(self, v * 10)
e = Extended()
e.value = 3
print(e.value)
class Cached:
    calls = 0
    @property
    def expensive(self):
        Cached.calls += 1
        return 42
c = Cached()
print(c.expensive, c.expensive, Cached.calls)
from functools import cached_property
class Lazy:
    calls = 0
    @cached_property
    def data(self):
        Lazy.calls += 1
        return [1, 2, 3]
l = Lazy()
print(l.data, l.data is l.data, Lazy.calls, "data" in vars(l))
