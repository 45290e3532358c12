# list.sort failure modes: mixed types, mutation during sort, exceptions in key/compare
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# mixed types
a = ['a', 1]
t(lambda: a.sort())
print(a)
t(lambda: [1, 'a'].sort())
t(lambda: [None, 1].sort())
t(lambda: [1, None].sort())
t(lambda: [[1], (1,)].sort())
t(lambda: [{}, {}].sort())
t(lambda: [1j, 2j].sort())
t(lambda: [1, 2, 3, 'x', 4].sort())
t(lambda: sorted([3.5, 'b', 1]))
t(lambda: sorted([b'a', 'a']))
t(lambda: sorted([(1, 2), (1, 'a')]))
t(lambda: sorted([[1, None], [1, 2]]))
t(lambda: sorted([object(), object()]))
t(lambda: sorted([1, 2], key=lambda x: None))
t(lambda: sorted([1, 2], key=lambda x: [x, 'a' if x == 1 else 0]))
t(lambda: sorted([{1}, {2}]))
t(lambda: sorted([{1}, {1, 2}]))
t(lambda: [3, 2, 1].sort(reverse=True, key=lambda x: {x: 0}))

# list modified during sort
b = [3, 1, 2]
def key_append(x):
    b.append(x)
    return x
t(lambda: b.sort(key=key_append))
print(b)

c = [5, 4, 3, 2, 1]
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        c.append(0)
        return self.v < o.v
    def __repr__(self): return 'Cmp(%r)' % self.v
c = [Cmp(3), Cmp(1), Cmp(2)]
t(lambda: c.sort())
print(len(c) >= 3)

d = [1, 2, 3]
def key_clear(x):
    d.clear()
    return x
t(lambda: d.sort(key=key_clear))
print(d)

# during sort, list appears empty
seen = []
e = [3, 1, 2]
def key_look(x):
    seen.append(len(e))
    return x
e.sort(key=key_look)
print(e, seen)

# exception in key leaves list unchanged
f = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError('bad key %d' % x)
    return x
t(lambda: f.sort(key=bad_key))
print(f)

# exception in __lt__
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        raise RuntimeError('lt failed')
g = [Boom(1), Boom(2)]
t(lambda: g.sort())
t(lambda: len(sorted([Boom(1)])))
t(lambda: min([1, 'a']))
t(lambda: max(['a', 1]))
t(lambda: max([]))
t(lambda: min([]))
t(lambda: min([], default='dflt'))
t(lambda: max(1, 2, default=0))

class NI:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
t(lambda: sorted([NI(), NI()]))
t(lambda: sorted([NI(), 1]))
