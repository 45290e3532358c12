it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
counter = iter(lambda: len(seen), 3)
seen = []
for v in counter:
    seen.append(v)
print(seen)
lines = iter(["a", "b", "", "c"].pop, "a")
print(list(lines))
s = iter("xy")
print(iter(s) is s, type(s).__name__)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
d = {"k1": 1, "k2": 2}
di = iter(d)
print(next(di), list(di))
