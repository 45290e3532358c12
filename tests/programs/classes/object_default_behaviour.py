o = object()
print(type(o).__name__, str(o).startswith("<object object at 0x"), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"), str(p) == repr(p))
print(p.__class__ is Plain, Plain.__class__ is type, Plain.__bases__, object.__bases__)
print(hash(p) == hash(p), p.__eq__(p), p.__eq__(1), p.__ne__(p))
print(p.__lt__(p), object.__lt__(p, p))
print(sorted(k for k in dir(object) if k in ("__init__", "__eq__", "__hash__", "__repr__", "__str__")))
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__doc__)
