d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "missing"), d)
d.update({"a": 10}, e=5)
print(d)
print(d.popitem(), d)
print(dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0), dict(zip("pq", [1, 2])))
d2 = {**d, "new": 1}
print(d2, d | {"a": 0}, {1: 1} == {1: 1.0})
d |= {"z": 26}
print(d)
del d["a"]
print(d, list(reversed(d)))
for k, v in sorted({"y": 1, "x": 2}.items()):
    print(k, v)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
