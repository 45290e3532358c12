print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", "cd")))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
d = {"b": 1, "a": 2}
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
keys = d.keys()
d["c"] = 3
print(keys, len(keys), "c" in keys)
print(keys & {"a", "z"}, sorted(keys | {"q"}), sorted(keys - {"a"}))
print(d.items() >= {("a", 2)}, list(reversed(d.items())))
print({"a": 1} == dict(a=1), {"a": 1}.copy() is not None)
