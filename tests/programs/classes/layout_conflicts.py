try:
    class Both(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromFunc(type(lambda: 0)):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NotAClass(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Fine(list, object):
    pass
print([c.__name__ for c in Fine.__mro__])
