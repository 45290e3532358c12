# tuple hashing (deterministic for ints/floats) and comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: hash(()))
t(lambda: hash((0,)))
t(lambda: hash((1,)))
t(lambda: hash((1, 2)))
t(lambda: hash((2, 1)))
t(lambda: hash((1, 2, 3)))
t(lambda: hash((-1,)))
t(lambda: hash((-2,)))
t(lambda: hash((10**20,)))
t(lambda: hash((-10**20, 10**20)))
t(lambda: hash(((),)))
t(lambda: hash(((1, 2), (3, 4))))
t(lambda: hash((1, (2, (3, (4,))))))
t(lambda: hash((None,)) == hash((None,)))
t(lambda: hash((True, False)))
t(lambda: hash((1.5, -0.0)))
t(lambda: hash((float('inf'), -float('inf'))))
t(lambda: hash((2**61 - 1,)))
t(lambda: hash((2**61,)))
t(lambda: hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash((1, 2)) == hash((True, 2)))
t(lambda: hash((0,)) == hash((0.0,)) == hash((-0.0,)) == hash((False,)))
t(lambda: hash((1j,)) == hash((1j,)))
t(lambda: hash((1, [2])))
t(lambda: hash(((1, {}),)))
t(lambda: hash((1, {1})))
t(lambda: hash((frozenset([1]),)) == hash((frozenset([1]),)))
t(lambda: {(1, 2): 'a'}[(1.0, 2)])
t(lambda: {(1, 2): 'a'}[(1, 2, 3)])
t(lambda: len({(1, 2), (1.0, 2.0), (True, 2)}))

class H:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H)
t(lambda: hash((H(),)) == hash((H(),)))
t(lambda: (H(),) == (H(),))
class BadHash:
    def __hash__(self): raise RuntimeError('no hash')
t(lambda: hash((1, BadHash())))
class StrHash:
    def __hash__(self): return 'x'
t(lambda: hash((StrHash(),)))

# comparisons
t(lambda: (1, 2) == (1, 2))
t(lambda: (1, 2) == [1, 2])
t(lambda: (1, 2) != [1, 2])
t(lambda: (1, 2) < (1, 3))
t(lambda: (1, 2) < (1, 2, -1))
t(lambda: () < (0,))
t(lambda: (2,) > (1, 100))
t(lambda: (1, 2) <= (1, 2))
t(lambda: (1, 2) >= (1, 3))
t(lambda: (1, 'a') < (1, 'b'))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1, 'a') < (2, 'b'))
t(lambda: (1, None) < (1, None))
t(lambda: (1, None) <= (1, None))
t(lambda: (1, None) == (1, None))
t(lambda: (None, 1) < (None, 2))
t(lambda: (1,) < [1])
t(lambda: (1,) > 1)
t(lambda: (1,) <= 'a')
t(lambda: (1,) >= None)
nan = float('nan')
t(lambda: (nan,) == (nan,))
t(lambda: (float('nan'),) == (float('nan'),))
t(lambda: (nan, 1) < (nan, 2))
t(lambda: (float('nan'), 1) < (float('nan'), 2))
t(lambda: (1, 2.0, True) == (1.0, 2, 1))
t(lambda: ((1, 2), 3) < ((1, 3), 0))
t(lambda: ((1, 2), 3) < ((1, 'x'), 0))
t(lambda: max((1, 'b'), (1, 'a'), (0, 'z')))
t(lambda: min([(2, 'x'), (1, 'y'), (1, 'a')]))
t(lambda: sorted([(1, 2), (1,), (0, 5, 6), ()]))

class Ord:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
t(lambda: (Ord(1), Ord(2)) < (Ord(1), Ord(3)))
t(lambda: (Ord(1),) < (Ord(1), Ord(0)))
