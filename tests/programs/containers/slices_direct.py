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
