class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
print(c.y, vars(c))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print(type(e).__name__, e)
setattr(c, "with space", 1)
print(getattr(c, "with space"))
class Raises:
    @property
    def boom(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
