for ch in "abc":
    print(ch, end=" ")
print()
for item in (1, "two", 3.0):
    print(type(item).__name__, end=" ")
print()
for key in {"x": 1, "y": 2}:
    print(key, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end=" | ")
print()
for b in b"AB":
    print(b, end=" ")
print()
for n in sorted({3, 1, 2}):
    print(n, end=" ")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for line in "first\nsecond".splitlines():
    print("line:", line)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
