items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
try:
    d2 = {"a": 1, "b": 2}
    for k in d2:
        d2["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    s = {1, 2, 3}
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for v in lst:
    if len(lst) < 6:
        lst.append(v * 10)
print(lst)
