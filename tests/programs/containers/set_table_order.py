s = {5, 3, 1, 100, 33, 8, 16}
print(s, set(range(20, 0, -3)), {x * 7 for x in range(12)})
a = {1, 2, 3, 40, 17}; b = {3, 4, 17, 99}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
s2 = set(range(100)); 
for i in range(0, 100, 3): s2.discard(i)
print(len(s2), list(s2)[:10], s2.pop(), s2.pop())
f = frozenset([9, 1, 65, 33]); print(f, f | {2}, {2} | f, hash(frozenset()) , hash(frozenset({1,2,3})))
d = {'x': 1, 'y': 2}
print(sorted(d.keys() & {'x', 'q'}), sorted(d.keys() | ['z']), sorted(d.items() - {('x', 1)}), sorted(['x', 'z'] - d.keys()), sorted(d.keys() ^ {'y', 'w'}))
s3 = {1}; s3 |= {2, 3}; s3 &= {2, 3, 4}; s3 -= {3}; s3 ^= {7, 2}; print(s3)
e = set(); e.update([3, 1, 2], (9, 8)); print(e, {(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {-1, -2, 2**62, 2**64, 0.5})
try: set().pop()
except KeyError as ex: print(repr(ex))
