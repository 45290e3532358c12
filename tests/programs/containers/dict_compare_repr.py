# dict equality/ordering, repr of self-referencing dicts, hash, bool, len, in
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
t(lambda: {1: 'a'} == {1: 'b'})
t(lambda: {1: 'a'} == {1.0: 'a'})
t(lambda: {1: 'a'} != {2: 'a'})
t(lambda: {} == {})
t(lambda: {} == [])
t(lambda: {} == set())
t(lambda: {1: 2} == [(1, 2)])
t(lambda: {1: 2} == {1: 2}.items())
t(lambda: {1: [1, 2]} == {1: [1, 2]})
t(lambda: {1: float('nan')} == {1: float('nan')})
nan = float('nan')
t(lambda: {1: nan} == {1: nan})
t(lambda: {'a': 1, 'b': 2} == dict(b=2, a=1))
t(lambda: {1: 2} < {1: 2, 3: 4})
t(lambda: {1: 2} <= {1: 2})
t(lambda: {} > {})
t(lambda: {} >= {})
t(lambda: {} < [])
t(lambda: [] > {})
t(lambda: {1: 2} < 5)
t(lambda: sorted([{1: 2}, {0: 1}]))
t(lambda: max({1: 2}, {3: 4}))
t(lambda: max([{3: 0, 9: 0}]))
t(lambda: max({3: 0, 9: 0}))

class Eq:
    def __eq__(self, o):
        print('Eq.__eq__ called')
        return True
    __hash__ = object.__hash__
t(lambda: {1: Eq()} == {1: 0})
t(lambda: {1: 0} == {1: Eq()})

# repr of self-referencing dicts
d = {}
d['me'] = d
print(d)
print(repr(d), str(d))
e = {'a': 1}
e['list'] = [e, {'inner': e}]
print(e)
f = {}
g = {'f': f}
f['g'] = g
print(f)
print(g)
h = {1: {2: {3: {}}}}
print(h)
print({(1, 2): [3, {4: (5,)}], None: ..., 'x': frozenset([1])})
print({1.5: 1e20, -0.0: 1e-7, 2j: float('inf')})
print({'\U0001F600': '\x00', '\t': '\\'})
class R:
    def __repr__(self): return '<R>'
print({R(): R()})
class BadRepr:
    def __repr__(self): raise ValueError('repr broke')
    __hash__ = object.__hash__
t(lambda: repr({1: BadRepr()}))
t(lambda: repr({BadRepr(): 1}))

# hash, bool, len, in
t(lambda: hash({}))
t(lambda: {}.__hash__)
t(lambda: bool({}))
t(lambda: bool({0: 0}))
t(lambda: len({1: 1, 1.0: 2, True: 3}))
t(lambda: 1 in {1: 0})
t(lambda: 1.0 in {1: 0})
t(lambda: 'a' in {1: 0})
t(lambda: [] in {1: 0})
t(lambda: {} in {1: 0})
t(lambda: 0 not in {})
t(lambda: {1: 0}[[]])
t(lambda: {1: 0}[{}])
t(lambda: {1: 0}[{1}])
t(lambda: {[1]: 0})
t(lambda: {(1, [2]): 0})
t(lambda: type({}).__name__)
t(lambda: [n for n in dir({}) if not n.startswith('_')])

class Sub(dict):
    def __repr__(self):
        return 'Sub' + dict.__repr__(self)
s = Sub(a=1)
s['self'] = s
print(s)
print(s == {'a': 1, 'self': s})
