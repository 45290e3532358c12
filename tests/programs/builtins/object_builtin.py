o = object()
print(type(o).__name__, o is not object(), isinstance(o, object))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), object.__name__, object.__bases__, object.__mro__)
print(callable(object), object.__doc__.splitlines()[0])
print(sorted(n for n in ("__class__", "__doc__", "__hash__", "__new__", "missing") if hasattr(o, n)))
class Sub(object):
    pass
print(Sub.__bases__, Sub.__mro__)
sentinel = object()
d = {"a": None}
print(d.get("a", sentinel) is sentinel, d.get("b", sentinel) is sentinel)
