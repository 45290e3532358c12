class DefaultDict(dict):
    def __missing__(self, key):
        value = f"default-{key}"
        self[key] = value
        return value
d = DefaultDict(a=1)
print(d["a"], d["b"], d)
print(d.get("c"), "c" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no key {key!r}")
try:
    Strict()["x"]
except KeyError as e:
    print(type(e).__name__, e)
from collections import defaultdict
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd), dd.default_factory.__name__)
