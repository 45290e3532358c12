u = int | str
print(u, type(u), u.__args__, int | None, isinstance(3, u), isinstance(3.0, u), issubclass(bool, int | str))
print((int | str) == (str | int), int | str | int, list[int] | None)
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
class Any(metaclass=Meta): pass
print(isinstance("magic", Any), isinstance(1, Any))
try: isinstance(1, 5)
except TypeError as e: print(e)
