# dict keys/items views support set operations with sets, lists and other views
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
e = {2: 'x', 3: 'c', 4: 'd'}
k, k2 = d.keys(), e.keys()
t(lambda: k & k2)
t(lambda: k | k2)
t(lambda: k - k2)
t(lambda: k ^ k2)
t(lambda: k & {1, 5})
t(lambda: k | [5, 6])
t(lambda: k - [1])
t(lambda: k ^ (3, 4))
t(lambda: k & range(2, 10))
t(lambda: {1, 9} & k)
t(lambda: [1, 9] & k)
t(lambda: sorted((9,) | k))
t(lambda: [2, 7] - k)
t(lambda: range(5) ^ k)
t(lambda: k & 'ab')
t(lambda: k & 5)
t(lambda: k | None)
t(lambda: 5 - k)
t(lambda: k & [[1]])
t(lambda: k | [[1]])
t(lambda: type(k & k2).__name__)
t(lambda: type(k - []).__name__)

# items views
i, i2 = d.items(), e.items()
t(lambda: sorted(i & i2))
t(lambda: sorted(i | i2))
t(lambda: sorted(i - i2))
t(lambda: sorted(i ^ i2))
t(lambda: sorted(i & {(1, 'a'), (9, 'z')}))
t(lambda: sorted(i - [(1, 'a')]))
t(lambda: sorted(i | [(0, '0')]))
t(lambda: i & [(1, [])])
t(lambda: (1, 'a') in i)
t(lambda: (1, 'b') in i)
t(lambda: (1, []) in i)
t(lambda: [1, 'a'] in i)
t(lambda: 1 in i)
t(lambda: (1,) in i)

# comparisons: keys/items views behave like sets
t(lambda: k == {1, 2, 3})
t(lambda: k == [1, 2, 3])
t(lambda: k == {3: 0, 2: 0, 1: 0}.keys())
t(lambda: k < {1, 2, 3, 4})
t(lambda: k <= {1, 2, 3})
t(lambda: k > {1})
t(lambda: k >= k2)
t(lambda: k != k2)
t(lambda: i == {(1, 'a'), (2, 'b'), (3, 'c')})
t(lambda: i <= {(1, 'a'), (2, 'b'), (3, 'c'), 'x'})
t(lambda: k < [1, 2, 3, 4])
t(lambda: k.isdisjoint([4, 5]))
t(lambda: k.isdisjoint(k2))
t(lambda: i.isdisjoint([(2, 'b')]))
t(lambda: k.isdisjoint(5))

# values views are not set-like
v = d.values()
t(lambda: v & {1})
t(lambda: v | v)
t(lambda: v == d.values())
t(lambda: v == v)
t(lambda: 'a' in v)
t(lambda: sorted(v))
t(lambda: {}.values() == {}.values())

# views are live
k = d.keys()
d[10] = 'j'
t(lambda: k)
t(lambda: len(k))
t(lambda: 10 in k)
del d[1]
t(lambda: k & {1, 10})
t(lambda: len(d.items()))
