# list.sort with key/reverse, stability, sorted() equivalence
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 3, 9, -1, 0, 3, 10**20, -10**20, 2.5, True]
r = a.sort()
print(repr(r), a)
a.sort(reverse=True)
print(a)
a.sort(key=abs)
print(a)
a.sort(key=abs, reverse=True)
print(a)
a.sort(key=None, reverse=False)
print(a)
a.sort(reverse=0)
print(a)
a.sort(reverse=1)
print(a)

# strings incl. non-BMP
s = ['b', 'A', 'a', 'B', '\U0001F600', '𝔘', 'é', '', 'ab', 'aB']
s.sort(); print(s)
s.sort(key=str.lower); print(s)
s.sort(key=len, reverse=True); print(s)

# stability: records keyed by first element
recs = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (2, 'f'), (3, 'g')]
print(sorted(recs, key=lambda p: p[0]))
print(sorted(recs, key=lambda p: p[0], reverse=True))
# reverse keeps stability (equal items keep original order)
words = ['bb', 'a', 'cc', 'd', 'ee', 'f']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
# multi-pass sort
m = list(recs)
m.sort(key=lambda p: p[1], reverse=True)
m.sort(key=lambda p: p[0])
print(m)

# tuples and lists compare lexicographically
nested = [[2, 1], [1, 2, 3], [1, 2], [], [1], (0,)[:0] and [] or [0]]
nested.sort(); print(nested)
tu = [(1, 'b'), (1, 'a'), (0, 'z'), (1,), ()]
tu.sort(); print(tu)

# floats with inf; bools and ints mix
f = [float('inf'), -0.0, 0.0, 0, -float('inf'), 1e308, False, 1]
f.sort(); print(f)

# key called exactly once per element
calls = []
def k(x):
    calls.append(x)
    return -x
g = [3, 1, 2]
g.sort(key=k)
print(g, calls)

# sort of empty and single
e = []; e.sort(); print(e)
o = [object]; o.sort(); print(o == [object])

# keyword-only
t(lambda: [3, 1].sort(None))
t(lambda: [3, 1].sort(None, True))
t(lambda: [3, 1].sort(cmp=None))
t(lambda: [3, 1].sort(key=5))
t(lambda: [3, 1].sort(reverse='yes'))
t(lambda: [3, 1].sort(reverse=None))
t(lambda: sorted())
t(lambda: sorted([3, 1], None))
t(lambda: sorted([3, 2, 1], key=lambda x: x % 2))
t(lambda: sorted('hello'))
t(lambda: sorted({3: 'a', 1: 'b'}))
t(lambda: sorted(range(5), reverse=True))

class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
print(max([K(3), K(1), K(2)], key=lambda k: k.v))
