# dict.update and dict() with kwargs, mappings, iterables of pairs, and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def upd(*args, **kw):
    d = {'init': 0}
    d.update(*args, **kw)
    return d

t(lambda: upd())
t(lambda: upd({'a': 1}))
t(lambda: upd(a=1, b=2))
t(lambda: upd({'a': 1}, a=2))
t(lambda: upd([('a', 1), ('b', 2)]))
t(lambda: upd((('a', 1),), c=3))
t(lambda: upd(['ab', 'cd']))
t(lambda: upd([b'xy']))
t(lambda: upd(zip(range(3), 'abc')))
t(lambda: upd({'init': 'replaced'}))
t(lambda: upd({1: 1}.items()))
t(lambda: upd(iter([[1, 2]])))
t(lambda: upd([]))
t(lambda: upd(()))
t(lambda: upd(''))
t(lambda: upd([('a', 1, 2)]))
t(lambda: upd([('a',)]))
t(lambda: upd([()]))
t(lambda: upd(['abc']))
t(lambda: upd([('ok', 1), ('bad', 2, 3)]))
t(lambda: upd([('ok', 1), 'x']))
t(lambda: upd([1]))
t(lambda: upd([None]))
t(lambda: upd([('ok', 1), 5]))
t(lambda: upd(5))
t(lambda: upd(None))
t(lambda: upd({'a': 1}, {'b': 2}))
t(lambda: upd([([], 1)]))
t(lambda: upd({}.keys()))
t(lambda: upd([{1, 2}]))

# partial update persists when an error occurs midway
d = {}
try:
    d.update([('a', 1), ('b', 2), ('c',)])
except ValueError as ex:
    print('ValueError', ex)
print(d)

# objects with keys() are treated as mappings
class KeysObj:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
t(lambda: upd(KeysObj()))
t(lambda: dict(KeysObj()))
class KeysNoGet:
    def keys(self):
        return ['k']
t(lambda: upd(KeysNoGet()))
class BadKeys:
    def keys(self):
        return 5
t(lambda: upd(BadKeys()))

# dict() constructor
t(lambda: dict())
t(lambda: dict({}))
t(lambda: dict(a=1))
t(lambda: dict([(1, 2)], b=3))
t(lambda: dict({1: 2}, **{'x': 'y'}))
t(lambda: dict([('a', 1), ('a', 2)]))
t(lambda: dict(['a1', 'b2']))
t(lambda: dict([('a', 1, 2)]))
t(lambda: dict([1]))
t(lambda: dict(1))
t(lambda: dict({}, {}))
t(lambda: dict(**{'a': 1}, **{'b': 2}))
t(lambda: dict(**{1: 2}))
t(lambda: {**{'a': 1}, 'b': 2, **{'a': 3}})
t(lambda: {**[1]})
t(lambda: {**{1: 'x'}, 1.0: 'y'})
t(lambda: dict.update({}, {1: 2}))
t(lambda: dict.update())
t(lambda: {}.update(1, 2))
