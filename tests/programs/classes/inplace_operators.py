class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
    def __add__(self, other):
        print("__add__")
        return Acc(self.v + other)
    def __imul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        print("__mul__ fallback")
        return Acc(self.v * other)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
ref = a
a += 5
print(a, a is ref)
a *= 3
print(a, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 1
print(o.v, o is before)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 1
except TypeError as e:
    print(type(e).__name__, e)
