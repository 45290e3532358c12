class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return True
    def __gt__(self, other):
        print("Derived.__gt__")
        return True
print(Base() == Derived())
print(Base() < Derived())
class Left:
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented
class Right:
    def __gt__(self, other):
        print("Right.__gt__")
        return NotImplemented
try:
    Left() < Right()
except TypeError as e:
    print(type(e).__name__, e)
