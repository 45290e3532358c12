class A:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x): self.x = x
a = A(3); print(a.x, type(a).__name__)
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
p = P(1, 2); print(p, type(p).__name__, p[0])
class S:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
print(S(1) is S(1), S(1) is S(2))
o = object.__new__(A); print(type(o).__name__)
try: object.__new__(int)
except TypeError as e: print(e)
try: object.__new__(5)
except TypeError as e: print(e)
class I(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(I(4), type(I(4)).__name__)
