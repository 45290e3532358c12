r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[::2], 5 in r, 6 in r, r.index(11), r.count(8))
print(range(5) == range(0, 5), hash(range(3)) == hash(range(0, 3)), bool(range(0)), list(range(-2)))
print(list(range(10, 0, -3)), range(0, 10**30, 10**29)[5], len(range(0, 10**6, 3)))
print(range(3).start, range(3).stop, range(3).step, repr(range(1, 2, 1)))
for bad in (lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(0.5), lambda: range(1, 5, 0), lambda: range(3)[5], lambda: range(3).index(7)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
