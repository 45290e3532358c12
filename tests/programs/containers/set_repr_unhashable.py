# set/frozenset repr, self-reference, unhashable element errors, membership, len/bool
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(set(), frozenset(), repr(set()), str(frozenset()))
print({1}, {1, 2, 3}, frozenset({1}), frozenset({0, 1}))
print({(1, 2)}, {None}, {...}, {0.5}, {-0.0}, {frozenset()})
print(frozenset({frozenset({1})}), {frozenset({frozenset()})})
print({'only'}, frozenset({'\U0001F600'}), {''})
print(sorted({'b', 'a', 'c'}), sorted(frozenset('hello')))
class R:
    def __repr__(self): return 'R()'
print({R()}, frozenset({R()}))
class FS(frozenset):
    pass
class S(set):
    pass
print(FS(), S(), FS({1}), S({2}), repr(S([3])))

# self-reference: a set cannot contain itself (unhashable), but via an object it can
t(lambda: {1}.add({1}))
s = {1}
t(lambda: s.add(s))
class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Box(%r)' % (self.v,)
    def __hash__(self): return 1
b = Box(None)
s2 = {b}
b.v = s2
print(s2)
print(repr(b), str(s2))
class SS(set):
    def __hash__(self): return 7
ss = SS()
ss.add(ss)
print(ss)
print(ss in ss, len(ss))

# unhashable types
t(lambda: {[1]})
t(lambda: {{}})
t(lambda: {{1}})
t(lambda: {bytearray(b'x')})
t(lambda: {slice(1)})
t(lambda: {1, 2, [3]})
t(lambda: set([[1]]))
t(lambda: frozenset([{}]))
t(lambda: {(1, [2])})
t(lambda: {1}.add([]))
t(lambda: [] in {1})
t(lambda: {} in {1})
t(lambda: {1} in {1})
t(lambda: (1, []) in {1})
class NoHash:
    __hash__ = None
t(lambda: {NoHash()})
t(lambda: hash(NoHash()))
t(lambda: NoHash() in {1})
class Unh(list):
    pass
t(lambda: {Unh()})
class HashedList(list):
    def __hash__(self): return 0
t(lambda: {HashedList([1]), HashedList([1]), HashedList([2])} == {HashedList([1]), HashedList([2])})
t(lambda: len({HashedList([1]), HashedList([1]), HashedList([2])}))

# membership, len, bool
t(lambda: 1 in {1.0})
t(lambda: 1.0 in {True})
t(lambda: 0 in {False, -0.0})
t(lambda: len({0, False, 0.0, -0.0}))
t(lambda: len({1, True, 1.0, 1 + 0j}))
t(lambda: float('nan') in {float('nan')})
nan = float('nan')
t(lambda: nan in {nan})
t(lambda: len({nan, nan}))
t(lambda: len({float('nan'), float('nan')}))
t(lambda: bool(set()))
t(lambda: bool(frozenset()))
t(lambda: bool({0}))
t(lambda: len(set('mississippi')))
t(lambda: sorted(set('mississippi')))
s12 = {1, 2}
t(lambda: s12[0])
def setitem():
    x = {1}
    x[0] = 1
t(setitem)
t(lambda: type({1}).__name__)
t(lambda: type({}).__name__)
t(lambda: type({*()}).__name__)
t(lambda: {*[1, 2], *(2, 3)})
t(lambda: {*range(3), 5})
