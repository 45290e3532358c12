# list repr (incl. self-referencing), str, list() constructor
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c)
print(d)
e = [1]
e.append((e, {'k': e}))
print(e)
f = []
f.append(f); f.append(f)
print(f, len(f))
print([[...]] == [[...]])
g = [1]
g[0] = g
t(lambda: g == g)
t(lambda: len(str(g)))
print([[]], [[], []], [()], [(1,)], [''], ['\'"'], ["'"], ['\n\t\\'])
print(['\U0001F600', '𝔘', '\x00', '\x7f', '\u200b'])
print([1.0, -0.0, 1e100, float('inf'), float('nan'), 1j, True, None, ...])
print([b'x', bytearray(b'y'), range(3), slice(1), {1: 2}, {1}, frozenset()])

class R:
    def __repr__(self): return 'R!'
    def __str__(self): return 'S!'
print([R()], str([R()]), repr([R()]))

class BadRepr:
    def __repr__(self): raise ValueError('no repr')
t(lambda: repr([1, BadRepr()]))
class NotStr:
    def __repr__(self): return 5
t(lambda: repr([NotStr()]))

# list() constructor
t(lambda: list())
t(lambda: list([]))
t(lambda: list('abc'))
t(lambda: list('\U0001F600x'))
t(lambda: list((1, 2)))
t(lambda: list(range(-3, 3)))
t(lambda: list({3: 'a', 1: 'b', 2: 'c'}))
t(lambda: list({'z': 1}.items()))
t(lambda: list(b'\x00\xff'))
t(lambda: list(x for x in 'hi'))
t(lambda: list(enumerate('ab')))
t(lambda: list(zip('ab', [1, 2, 3])))
t(lambda: list(map(abs, [-1, -2])))
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(5))
t(lambda: list(None))
t(lambda: list(1, 2))
t(lambda: list(iterable=[1]))
t(lambda: list([1], x=2))
h = [1, 2]
t(lambda: list(h) is h)
t(lambda: list(h) == h)
ll = [1, 2]
ll.__init__('ab')
print(ll)
ll.__init__()
print(ll)
t(lambda: type(list()).__name__)
t(lambda: list.__name__)
t(lambda: list.__qualname__)
t(lambda: type([]) is list)
t(lambda: isinstance([], object))
t(lambda: list.__hash__)
t(lambda: hash([]))

class MyList(list):
    pass
m = MyList([3, 1, 2])
print(m, type(m).__name__, repr(m))
m.sort()
print(m, type(m + [4]).__name__, type(m * 2).__name__, type(m[:]).__name__)
m.append(m)
print(m)
