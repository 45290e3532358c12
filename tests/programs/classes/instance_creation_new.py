class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        instance = super().__new__(cls)
        instance.created = True
        return instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value
t = Tracked(5)
print(t.created, t.value)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self):
        return self[0]
im = Immutable(1, 2)
print(im, im.a, type(im).__name__, len(im))
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
print(Cached("x") is Cached("x"), Cached("x") is Cached("y"))
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
