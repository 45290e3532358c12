class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
class Regular:
    cls_attr = 1
    def method(self):
        pass
r = Regular()
r.inst = 2
names = dir(r)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
print([n for n in dir(Regular) if not n.startswith("_")])
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
