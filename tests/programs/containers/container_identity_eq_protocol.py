# containers use identity before __eq__; __hash__/__eq__ call protocol in dicts and sets
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

nan = float('nan')
t(lambda: nan in [nan])
t(lambda: nan in (nan,))
t(lambda: nan in {nan})
t(lambda: nan in {nan: 0})
t(lambda: float('nan') in [float('nan')])
t(lambda: [nan] == [nan])
t(lambda: [nan] != [nan])
t(lambda: (nan,) == (nan,))
t(lambda: {nan} == {nan})
t(lambda: {1: nan} == {1: nan})
t(lambda: [nan].index(nan))
t(lambda: [nan].count(nan))

class Never:
    def __eq__(self, o):
        print('Never.__eq__')
        return False
    __hash__ = object.__hash__
n = Never()
t(lambda: n in [n])
t(lambda: n == n)
t(lambda: [n] == [n])
t(lambda: n in {n})
t(lambda: [Never()] == [Never()])
t(lambda: Never() in [1])

# logging hash/eq calls during dict/set operations
log = []
class K:
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        log.append('hash %s' % self.v)
        return self.h
    def __eq__(self, other):
        log.append('eq %s %s' % (self.v, getattr(other, 'v', other)))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K(%s)' % self.v

def run(label, f):
    del log[:]
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r), log)

a, b, a2 = K('a', 1), K('b', 1), K('a', 1)
d = {}
run('set a', lambda: d.__setitem__(a, 1))
run('set b (same hash)', lambda: d.__setitem__(b, 2))
run('get a2', lambda: d[a2])
run('get a (identity)', lambda: d[a])
run('contains K(c)', lambda: K('c', 1) in d)
run('contains K(d) other hash', lambda: K('d', 999) in d)
run('pop b', lambda: d.pop(b))
run('dict repr', lambda: repr(d))
s = set()
run('set add a', lambda: s.add(a))
run('set add a2', lambda: s.add(a2))
run('set len', lambda: len(s))
run('set discard b', lambda: s.discard(b))
run('list in', lambda: a2 in [b, a])
run('list index', lambda: [b, a].index(a2))
run('list count', lambda: [a, b, a2].count(a))
run('list remove', lambda: [b, a2].remove(a))
run('tuple eq', lambda: (a, b) == (a2, b))

class BadEq:
    def __hash__(self): return 5
    def __eq__(self, other): raise RuntimeError('eq exploded')
x, y = BadEq(), BadEq()
t(lambda: {x: 1}[y])
t(lambda: {x: 1}[x])
t(lambda: y in [x])
t(lambda: x in [x])
t(lambda: [x] == [y])
t(lambda: {x, y})
class BadHash:
    def __hash__(self): raise RuntimeError('hash exploded')
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {1})
t(lambda: BadHash() in [1])
class BigHash:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
t(lambda: hash(BigHash(2**64)) == hash(2**64))
t(lambda: hash(BigHash(-1)))
t(lambda: hash(BigHash(True)))
t(lambda: hash(BigHash(1.0)))
