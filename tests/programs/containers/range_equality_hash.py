# range equality compares as sequences; hash consistent with equality
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [
    (range(0), range(5, 5)),
    (range(0), range(10, 0)),
    (range(0), range(0, 10, -1)),
    (range(0, 10, 3), range(0, 11, 3)),
    (range(0, 10, 3), range(0, 12, 3)),
    (range(0, 10, 3), range(0, 10, 4)),
    (range(1, 2, 3), range(1, 2, 5)),
    (range(1, 2, 3), range(1, 3, 3)),
    (range(1, 2), range(1, 2, 1)),
    (range(5), range(0, 5)),
    (range(5), range(5, 0, -1)),
    (range(4, -1, -1), range(4, -2, -1)),
    (range(10**20, 10**20 + 1), range(10**20, 10**20 + 2, 7)),
    (range(3), range(3)),
]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b))

t(lambda: range(3) == [0, 1, 2])
t(lambda: range(3) == (0, 1, 2))
t(lambda: list(range(3)) == [0, 1, 2])
t(lambda: range(3) != [0, 1, 2])
t(lambda: range(0) == ())
t(lambda: range(3) < range(4))
t(lambda: range(3) <= range(3))
t(lambda: range(3) > [1])
t(lambda: range(3) >= None)

# hash values are deterministic: hash((len, start, step)) style (those of empty and one-item ranges
# involve hash(None), an address in CPython 3.11, so only their equalities are printed)
t(lambda: hash(range(0)) == hash(range(5, 5)))
t(lambda: hash(range(1)) == hash(range(0, 1, 7)))
t(lambda: hash(range(7, 8, 100)) == hash(range(7, 8)))
t(lambda: hash(range(5)))
t(lambda: hash(range(0, 10, 3)))
t(lambda: hash(range(0, 11, 3)))
t(lambda: hash(range(10, 0, -2)))
t(lambda: hash(range(10**20)))
t(lambda: hash(range(0)) == hash((0, None, None)))
t(lambda: hash(range(1)) == hash((1, 0, None)))
t(lambda: hash(range(5)) == hash((5, 0, 1)))
t(lambda: hash(range(10, 0, -2)) == hash((5, 10, -2)))

# usable as dict keys / set members
d = {range(0): 'empty', range(0, 10, 3): 'r3'}
t(lambda: d[range(5, 5)])
t(lambda: d[range(0, 11, 3)])
t(lambda: d[range(0, 12, 3)])
t(lambda: len({range(0), range(1, 1), range(2, 0), range(0, 1), range(0, 1, 9)}))
t(lambda: range(0, 12, 3) in d)

class RangeSub:
    pass
t(lambda: range(3) == RangeSub())
t(lambda: range(3).__eq__(5))
t(lambda: range(3).__ne__(range(3)))
t(lambda: range(3).__lt__(range(3)))
t(lambda: range(2).__eq__(range(0, 2)))

# attributes survive equality: equal ranges may expose different attributes
a, b = range(0, 10, 3), range(0, 11, 3)
print(a == b, (a.start, a.stop, a.step), (b.start, b.stop, b.step))
print(a[-1], b[-1], list(a) == list(b))
a, b = range(2, 2), range(7, 3, 2)
print(a == b, a.start == b.start, repr(a), repr(b))
