points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x * y, end=" ")
print()
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for *init, last in [[1, 2, 3], [4]]:
    print(init, last)
for [p, q] in [[7, 8]]:
    print(p, q)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
