print(set(), set("aab") == {"a", "b"}, sorted(set([3, 1, 3])), frozenset([1]) == {1})
s = {1, 2, 3}
print(sorted(s.union([4], (5,))), sorted(s.intersection(range(2, 10))), sorted(s.difference({1})), sorted(s.symmetric_difference({3, 4})))
print(s.issubset(range(5)), s.issuperset([1]), s.isdisjoint("abc"))
s2 = s.copy()
s2.update([10], [11])
s2.intersection_update(range(12))
s2.difference_update({1})
s2.symmetric_difference_update({2, 99})
print(sorted(s2), sorted(s))
fs = frozenset("abc")
print(sorted(fs), len(fs), hash(fs) == hash(frozenset("cba")), "a" in fs)
d = {frozenset([1, 2]): "pair"}
print(d[frozenset([2, 1])])
print(sorted({frozenset([1]), frozenset([1]), frozenset()}, key=len))
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
print(set([1, 2]) == frozenset([1, 2]), {1} < frozenset([1, 2]))
