a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
merged = {k: a.get(k, 0) + b.get(k, 0) for k in sorted(a.keys() | b.keys())}
print(merged)
common = {k: (a[k], b[k]) for k in a.keys() & b.keys()}
print(common)
only_a = {k: a[k] for k in a.keys() - b.keys()}
print(only_a)
inverted = {}
for k, v in {"a": 1, "b": 1, "c": 2}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({k: v for d in (a, b) for k, v in d.items()})
