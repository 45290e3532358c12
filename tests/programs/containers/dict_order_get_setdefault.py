# dict insertion order, get, setdefault, fromkeys, copy, clear, del
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d['z'] = 1; d['a'] = 2; d[3] = 3; d[(1, 2)] = 4; d[None] = 5
print(d, list(d))
d['z'] = 'new'
print(d)
del d['a']
d['a'] = 'back'
print(d)
d[1.0] = 'float'
d[1] = 'int'
d[True] = 'bool'
print(d)
print({1: 'a', 1.0: 'b', True: 'c'})
print({0: 'x', False: 'y', 0.0: 'z', -0.0: 'w'})
print(dict(b=1, a=2), dict([('b', 1), ('a', 2)]), dict({'q': 0}, r=1))
print({'\U0001F600': '𝔘', '': '', "'": '"'})

# get
t(lambda: d.get('z'))
t(lambda: d.get('missing'))
t(lambda: d.get('missing', 0))
t(lambda: d.get((1, 2), 'dflt'))
t(lambda: d.get([1]))
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get(key='z'))

# setdefault
e = {'a': 1}
t(lambda: e.setdefault('a', 99))
t(lambda: e.setdefault('b', 2))
t(lambda: e.setdefault('c'))
t(lambda: e.setdefault([]))
t(lambda: e.setdefault())
print(e)
lst = e.setdefault('l', [])
lst.append(1)
e.setdefault('l', []).append(2)
print(e)

# fromkeys
t(lambda: dict.fromkeys('abca'))
t(lambda: dict.fromkeys([1, 2, 1], 0))
t(lambda: dict.fromkeys(range(3), []))
t(lambda: dict.fromkeys({3: 0, 1: 0}))
t(lambda: dict.fromkeys((), 5))
t(lambda: dict.fromkeys(5))
t(lambda: dict.fromkeys([[1]]))
t(lambda: dict.fromkeys())
f = dict.fromkeys('xy', [])
f['x'].append(1)
print(f)
t(lambda: {}.fromkeys([1]))
class D(dict):
    pass
g = D.fromkeys([1, 2])
print(type(g).__name__, g)

# copy, clear
h = {'k': [1], 'j': 2}
c = h.copy()
print(c, c == h, c is h, c['k'] is h['k'])
c['new'] = 1
print(h)
print(type(D(a=1).copy()).__name__)
alias = h
print(repr(h.clear()), h, alias)
t(lambda: h.copy(1))
t(lambda: h.clear(1))

# del missing
def delkey(dd, k):
    try:
        del dd[k]
        print(dd)
    except Exception as ex:
        print(type(ex).__name__, ex)
m = {'a': 1, (1, 2): 2}
delkey(m, 'nope')
delkey(m, (1, 2))
delkey(m, (3, 4))
delkey(m, [1])
delkey(m, 'a')
delkey(m, 'a')
t(lambda: len(m))
t(lambda: m['x'])
t(lambda: {}[0])
