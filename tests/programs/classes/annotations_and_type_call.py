def f(a: int, /, b: "s" = 1, *c: float, d: bool, **e: dict) -> list: pass
print(f.__annotations__)
g = lambda x: x
print(g.__annotations__)
x: int
print(__annotations__)
class C:
    """doc"""
    a: int = 3
    if True:
        b: str
    def m(self):
        q: int = 5
        return q
print(C.__annotations__, C.a, C().m(), C.__doc__)
import sys
o = type("O", (), {})()
o.attr: int = 4
print(o.attr)
T = type("T", (C,), {"z": 1, "n": lambda self: 2})
t = T()
print(T.__name__, t.z, t.n(), t.a, isinstance(t, C), T.__mro__)
print(type(T), repr(T))
