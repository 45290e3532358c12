class Recorder:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", repr(key))
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key if not isinstance(key, slice) else (key.start, key.stop, key.step)] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]
r = Recorder()
r["a"] = 1
print(r["a"])
print(r[1:2], r[::3], r[:], r[1:2:3])
r[0:5] = "slice value"
print(r[1, 2] if False else r.data)
r[1, 2] = "tuple key"
print(r[1, 2])
del r["a"]
try:
    r["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(r[...] if False else "skip ellipsis")
