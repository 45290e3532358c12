# dict.pop / popitem (LIFO) / KeyError reprs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3, (1, 2): 4, None: 5, 0: 6}
t(lambda: d.pop('a'))
t(lambda: d.pop('a'))
t(lambda: d.pop('a', 'dflt'))
t(lambda: d.pop('a', None))
t(lambda: d.pop((1, 2)))
t(lambda: d.pop((1, 2)))
t(lambda: d.pop((3,)))
t(lambda: d.pop(()))
t(lambda: d.pop(None))
t(lambda: d.pop(None))
t(lambda: d.pop(0.0))
t(lambda: d.pop(''))
t(lambda: d.pop([]))
t(lambda: d.pop([], 'dflt'))
t(lambda: d.pop())
t(lambda: d.pop(1, 2, 3))
t(lambda: d.pop(key='b'))
print(d)

# popitem is LIFO
e = {}
for i, ch in enumerate('wxyz'):
    e[ch] = i
t(lambda: e.popitem())
e['new'] = 9
t(lambda: e.popitem())
t(lambda: e.popitem())
e['w'] = 'again'
t(lambda: e.popitem())
t(lambda: e.popitem())
t(lambda: e.popitem())
t(lambda: e.popitem())
t(lambda: {}.popitem())
t(lambda: e.popitem(1))
# update of existing key doesn't move it
f = {1: 'a', 2: 'b', 3: 'c'}
f[1] = 'A'
t(lambda: f.popitem())
t(lambda: f.popitem())
t(lambda: f.popitem())
# drain by popitem
g = dict.fromkeys(range(5))
out = []
while g:
    out.append(g.popitem()[0])
print(out)

# KeyError reprs: str(KeyError) is repr of the key (tuple keys shown with parens)
def ke(k):
    try:
        {}[k]
    except KeyError as ex:
        print(repr(str(ex)), ex.args, repr(ex))
ke('x')
ke((1, 2))
ke((1,))
ke(())
ke(0)
ke(None)
ke('')
ke("it's")
ke(frozenset())
ke(1.5)
ke('\U0001F600')
ke(((1, 2), 3))
try:
    raise KeyError()
except KeyError as ex:
    print(repr(str(ex)), ex.args)
try:
    raise KeyError(1, 2)
except KeyError as ex:
    print(repr(str(ex)), ex.args)
try:
    {}.pop((5, 6))
except KeyError as ex:
    print(repr(str(ex)), ex.args)
try:
    set().remove((7, 8))
except KeyError as ex:
    print(repr(str(ex)), ex.args)

class Missing(dict):
    def __missing__(self, k):
        return 'missing:' + repr(k)
m = Missing(a=1)
t(lambda: m['a'])
t(lambda: m['zz'])
t(lambda: m.get('zz'))
t(lambda: m.pop('zz', 'p'))
t(lambda: m.pop('zz'))
t(lambda: 'zz' in m)
