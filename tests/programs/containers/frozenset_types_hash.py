# set vs frozenset result types, frozenset hashing, frozenset construction
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
f = frozenset({2, 3, 4})
for name, r in [('f|s', f | s), ('s|f', s | f), ('f&s', f & s), ('s&f', s & f),
                ('f-s', f - s), ('s-f', s - f), ('f^s', f ^ s), ('s^f', s ^ f),
                ('f|f', f | f), ('s|s', s | s)]:
    print(name, type(r).__name__, r)
for name in ['union', 'intersection', 'difference', 'symmetric_difference']:
    print(name, type(getattr(f, name)(s)).__name__, type(getattr(s, name)(f)).__name__,
          type(getattr(f, name)([1])).__name__)
t(lambda: type(f.copy()).__name__)
t(lambda: type(s.copy()).__name__)

# hash of frozensets: equal frozensets have equal hashes
t(lambda: hash(frozenset()))
t(lambda: hash(frozenset({1, 2, 3})))
t(lambda: hash(frozenset({3, 2, 1})) == hash(frozenset({1, 2, 3})))
t(lambda: hash(frozenset([1, 2, 3, 3, 2])) == hash(frozenset({1, 2, 3})))
t(lambda: hash(frozenset({1})))
t(lambda: hash(frozenset({0})))
t(lambda: hash(frozenset({-1})))
t(lambda: hash(frozenset(range(10))))
t(lambda: hash(frozenset({(1, 2)})))
t(lambda: hash(frozenset({frozenset()})))
t(lambda: hash(frozenset({1.0, 2.0})) == hash(frozenset({1, 2})))
t(lambda: hash(frozenset({10**20, -10**20})))
big = frozenset(range(1000))
t(lambda: hash(big) == hash(frozenset(reversed(range(1000)))))
t(lambda: hash(set()))
t(lambda: hash({1}))
t(lambda: set.__hash__)

# frozensets as keys / elements
d = {frozenset({1, 2}): 'a', frozenset(): 'empty'}
t(lambda: d[frozenset({2, 1})])
t(lambda: d[frozenset()])
t(lambda: d[frozenset({1})])
t(lambda: {1, 2} in d)
t(lambda: d[{1, 2}])
nested = {frozenset({1}), frozenset({1}), frozenset({frozenset({1})})}
t(lambda: len(nested))
t(lambda: frozenset({1}) in nested)
t(lambda: {1} in nested)

# construction
t(lambda: frozenset())
t(lambda: frozenset([]))
t(lambda: frozenset(range(3)))
t(lambda: frozenset({1: 'x', 2: 'y'}))
t(lambda: frozenset(iter([5, 5, 6])))
t(lambda: frozenset(5))
t(lambda: frozenset([[1]]))
t(lambda: frozenset([1], [2]))
t(lambda: frozenset(iterable=[1]))
fz = frozenset([1, 2])
t(lambda: frozenset(fz) is fz)
t(lambda: frozenset() is frozenset())
t(lambda: set(fz) is fz)
t(lambda: set(fz) == fz)
t(lambda: set())
t(lambda: set([3, 3, 1]))
t(lambda: set(5))
t(lambda: set([1], [2]))
t(lambda: set(iterable=[1]))

# subclasses
class FS(frozenset):
    pass
x = FS([1, 2])
t(lambda: x)
t(lambda: type(x | {3}).__name__)
t(lambda: type(x.copy()).__name__)
t(lambda: x.copy() is x)
t(lambda: hash(x) == hash(frozenset([1, 2])))
t(lambda: x == frozenset([1, 2]))
class S(set):
    pass
y = S([1])
t(lambda: y)
t(lambda: type(y | {2}).__name__)
t(lambda: type(y.copy()).__name__)
