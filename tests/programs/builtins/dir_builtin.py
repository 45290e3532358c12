class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
obj = Child()
obj.instance_attr = 3
print([n for n in dir(obj) if not n.startswith("_")])
print([n for n in dir(Child) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir([]), "keys" in dir({}))
print(sorted(n for n in dir(int) if not n.startswith("_")))
def f():
    a = 1
    b = 2
    return dir()
print(f())
import math
print([n for n in dir(math) if n.startswith("fa") or n.startswith("pi")])
