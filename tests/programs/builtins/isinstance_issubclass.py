print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (tuple, list)), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(1, object), isinstance(object, object), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, int), issubclass(int, object), issubclass(type, object))
print(issubclass(bool, (str, int)), issubclass(list, ()), isinstance(3, ()))
print(isinstance(1, int | str), isinstance("x", int | None), issubclass(bool, int | float))
print(type(int | str).__name__, int | str, int | None)
try:
    issubclass("str", str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
