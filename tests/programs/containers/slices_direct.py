# items[a:b] of an exact list or tuple with int or None bounds runs without making the slice object (as
# 3.12's BINARY_SLICE): every bound, clamp and identity must be the general path's.
values = list(range(10))
pair = tuple(values)
bounds = [None, 0, 1, 3, 9, 10, 11, 100, -1, -3, -10, -11, -100, True, False, 2 ** 63 - 1, -2 ** 63, 2 ** 70, -2 ** 70]
rows = []
for a in bounds:
    for b in bounds:
        rows.append((values[a:b], pair[a:b]))
print(len(rows), sum(len(x) + len(y) for x, y in rows))
print(rows[:5], rows[-5:])
print(values[2:5], pair[2:5], values[:], pair[:] is pair, values[:] is values, pair[0:10] is pair, pair[0:3] is pair)
print(values[-3:], pair[:-7], values[5:2], pair[7:None], ""[1:2], "hello"[1:3])


class Index:
    def __index__(self):
        return 2


class MyList(list):
    pass


print(values[Index():Index()], values[Index():], pair[:Index()], MyList([1, 2, 3])[0:2], type(MyList([1, 2, 3])[0:2]))
for bad in ["a", 1.5, [1]]:
    try:
        values[bad:3]
    except TypeError as e:
        print("TypeError:", e)

# With a step (BUILD_SLICE 3): negative steps, None parts, steps beyond the length.
steps = [None, 1, 2, 3, -1, -2, -3, 9, -9, 100, -100, 2 ** 62, -2 ** 62]
short = [None, 0, 2, 5, 9, 10, -1, -5, -11, 11]
total = 0
for a in short:
    for b in short:
        for c in steps:
            x, y = values[a:b:c], pair[a:b:c]
            total += len(x) * 3 + len(y) + sum(x) + sum(y)
print(total, values[::-1], pair[::-1], values[5::-1], pair[:3:-1], values[::2], pair[1::3], values[-1:-4:-1])
try:
    values[::0]
except ValueError as e:
    print("ValueError:", e)
print(pair[::1] is pair, pair[::-1] is pair, values[::2.0] if False else "float step refused below")
try:
    values[::2.0]
except TypeError as e:
    print("TypeError:", e)

# items[a:b] = values (STORE_SUBSCR after BUILD_SLICE 2): same length in place, other lengths, itself,
# tuples; other values and steps take the general path.
for a in [None, 0, 2, 5, -3, 10, 20, -20]:
    for b in [None, 0, 3, 7, -1, 10, 20]:
        for new in [[], ["x"], ["x", "y", "z"], ("t", "u"), list(range(8))]:
            target = list(range(10))
            target[a:b] = new
            total += len(target) + sum(v for v in target if isinstance(v, int))
print(total)
target = list(range(6))
target[1:4] = target
print(target)
target[::2] = "abcdef"[:len(target[::2])]
print(target)
target[2:4] = iter("pq")
print(target, pair)
try:
    pair[0:2] = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    target[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
