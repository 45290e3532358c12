print(sorted([3, 1, 2]), sorted("banana"), sorted((3, 1)), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["Bb", "a", "C"]), sorted(["Bb", "a", "C"], key=str.lower))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([1.5, -2, 3, 0, True]), sorted([[2, 1], [1, 2], [1]]))
lst = [5, 2, 4]
new = sorted(lst)
print(lst, new, new is lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [2, 1].sort(key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
from functools import cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
