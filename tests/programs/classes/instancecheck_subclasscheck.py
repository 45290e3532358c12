class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(2, Even), isinstance(3, Even), isinstance("2", Even))
print(issubclass(bool, Even), issubclass(int, Even))
from abc import ABC
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))
class Registered(ABC):
    pass
Registered.register(tuple)
print(issubclass(tuple, Registered), isinstance((1,), Registered), issubclass(list, Registered))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
