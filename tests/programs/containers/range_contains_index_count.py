# range membership, index, count with ints and non-int values
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 3)
for v in [0, 3, 18, 19, 20, 21, -3, 4, 9]:
    print(v, v in r, v not in r, r.count(v))
t(lambda: r.index(9))
t(lambda: r.index(18))
t(lambda: r.index(0))
t(lambda: r.index(4))
t(lambda: r.index(21))
t(lambda: r.index(-3))

# non-int values: floats, bools, strings, None, objects
t(lambda: 3.0 in r)
t(lambda: 3.5 in r)
t(lambda: True in range(2))
t(lambda: False in range(1, 3))
t(lambda: '3' in r)
t(lambda: None in r)
t(lambda: [3] in r)
t(lambda: r.index(3.0))
t(lambda: r.index(3.5))
t(lambda: r.index(True))
t(lambda: range(2).index(True))
t(lambda: r.index('a'))
t(lambda: r.index(None))
t(lambda: r.count(3.0))
t(lambda: r.count(3.5))
t(lambda: r.count('3'))
t(lambda: range(2).count(True))
t(lambda: range(5).count(1 + 0j))
t(lambda: 2 + 0j in range(5))
t(lambda: float('nan') in range(5))
t(lambda: float('inf') in range(5))
t(lambda: r.index())
t(lambda: r.index(1, 2))
t(lambda: r.count())

# negative step
n = range(10, -10, -4)
for v in [10, 6, -6, -10, 0, 2, 11, -2]:
    print(v, v in n, n.count(v))
t(lambda: n.index(-6))
t(lambda: n.index(-10))
t(lambda: n.index(11))
t(lambda: 0 in range(0))
t(lambda: range(0).count(0))
t(lambda: range(0).index(0))

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return o == self.v
    __hash__ = None
t(lambda: Eq(4) in range(10))
t(lambda: Eq(40) in range(10))
t(lambda: range(10).index(Eq(7)))
t(lambda: range(10).count(Eq(7)))

class Idx:
    def __index__(self): return 5
t(lambda: Idx() in range(10))
t(lambda: range(10).index(Idx()))

class IntSub(int):
    pass
t(lambda: IntSub(6) in range(0, 10, 2))
t(lambda: range(0, 10, 2).index(IntSub(6)))
t(lambda: range(0, 10, 2).count(IntSub(7)))

# every element of a range is found at its own position
rr = range(-7, 31, 5)
print(all(rr.index(x) == i for i, x in enumerate(rr)))
print([x for x in range(-10, 35) if x in rr])
print([rr.count(x) for x in range(-8, 0)])
