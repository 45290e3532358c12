class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(vars(c), vars(c) is c.__dict__)
vars(c)["dynamic"] = "added through vars"
print(c.dynamic)
print("cls_attr" in vars(C), type(vars(C)).__name__)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_one = 1
    local_two = "two"
    return sorted(vars().items())
print(f())
import types
ns = types.SimpleNamespace(x=1, y=2)
print(vars(ns), ns)
