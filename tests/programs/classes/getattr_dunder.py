class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))
class Dynamic:
    existing = "real attribute"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
dyn = Dynamic()
print(dyn.existing, dyn.auto_value)
try:
    dyn.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(dyn, "other", "default"), hasattr(dyn, "auto_x"), hasattr(dyn, "nope"))
