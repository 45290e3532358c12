print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], 9 in r, 10 in r)
print(r.index(13), r.count(5), r.start, r.stop, r.step)
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2) == range(1, 3))
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 7)), big[-1], 10 ** 19 in big)
print(list(reversed(range(4))), sum(range(101)), max(range(7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
