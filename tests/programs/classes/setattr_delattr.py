class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be non-negative")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "permanent":
            raise AttributeError("cannot delete permanent")
        super().__delattr__(name)
v = Validated()
v.age = 5
v.permanent = True
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age, vars(v))
del v.age
try:
    del v.permanent
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
setattr(v, "dynamic", 3)
print(getattr(v, "dynamic"))
