class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, OnlyEq) and self.v == other.v
a, b = OnlyEq(1), OnlyEq(1)
print(a == b)
print(a != b)
class Identity:
    pass
x, y = Identity(), Identity()
print(x == x, x == y, x != y, x is x)
class RetNotImpl:
    def __eq__(self, other):
        return NotImplemented
r = RetNotImpl()
print(r == r, r == RetNotImpl(), r != r)
class Weird:
    def __eq__(self, other):
        return "truthy string"
    __hash__ = object.__hash__
print(Weird() == 1, [Weird()] == [1], Weird() in [1])
print(1 == Weird(), Weird() != 1)
