s = {3, 1, 2}
print(sorted(s), len(s), 2 in s)
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a.isdisjoint({9}), a.issuperset({1}))
print(sorted(set("hello")), sorted(frozenset([3, 3, 1])), set() == frozenset())
fs = frozenset({1, 2})
print(type(fs | {3}).__name__, type({3} | fs).__name__, sorted(fs | {3}))
print({1, 2} == {2, 1}, len({1, 1.0, True}))
e = set()
print(e, frozenset(), len(e))
print({5}, {"only"}, frozenset({7}))
s2 = {1, 2, 3}
s2 -= {1}
s2 |= {10}
s2 &= {2, 10}
print(sorted(s2))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    fs.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
