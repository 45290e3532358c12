# list[int] with the list and the index handed over in registers and the item going on to an operator or a local; out-of-range, tuple, bool-index and dict subscripts at the same sites.
def f(row, col, k):
    t = 0.0
    for i in range(len(row)):
        t += row[i] * col[i]
    x = row[k]
    y = row[-1] + col[True]
    z = row[i] - 1
    try:
        w = row[k + 10]
    except IndexError as e:
        w = str(e)
    d = {0: 5}
    v = d[0] * 2
    return t, x, y, z, w, v
for _ in range(60):
    r = (f([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], 1), f([1, 2, 3], [4, 5, 6], -2), f((1, 2, 3), [0, 1, 2], 0))
for _ in range(2):
    print(f([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], 1), f([1, 2, 3], [4, 5, 6], -2), f((1, 2, 3), [0, 1, 2], 0))
