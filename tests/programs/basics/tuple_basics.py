t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.index(2), t.count(1), 3 in t, 4 not in t)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9))
a, b, c = t
print(a + b + c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
x = 1, 2
print(x, type(x).__name__)
print(tuple(reversed(t)), sorted((3, 1, 2)), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
