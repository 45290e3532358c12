# ordering comparisons across builtin types and their TypeError messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [1, 'a', [1], (1,), None, {1: 1}, 1.5, True, b'a', {1}, 1j]
ops = [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b),
       ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]
for a in vals:
    row = []
    for b in vals:
        for name, op in ops:
            try:
                row.append(repr(op(a, b))[0])
            except TypeError as e:
                row.append('E')
    print(type(a).__name__.ljust(9), ''.join(row))

# exact messages for a selection
t(lambda: 1 < 'a')
t(lambda: 'a' <= 1)
t(lambda: [1] > (1,))
t(lambda: (1,) >= [1])
t(lambda: None < None)
t(lambda: None > 0)
t(lambda: {} <= {})
t(lambda: {1: 2} >= None)
t(lambda: 1.5 < '1')
t(lambda: b'a' < 'a')
t(lambda: 1j < 1j)
t(lambda: 1j > 0)
t(lambda: True < 'x')
t(lambda: object() < object())
t(lambda: [] < None)
t(lambda: int < str)
t(lambda: len < abs)
t(lambda: ... < ...)
t(lambda: NotImplemented < 1)
t(lambda: range(1) < range(2))

# allowed mixed numeric comparisons
t(lambda: 1 < 1.5)
t(lambda: True < 2)
t(lambda: False <= 0.0)
t(lambda: 10**30 > 1e29)
t(lambda: 2**53 + 1 > float(2**53))
t(lambda: -0.0 < 0)
t(lambda: float('inf') > 10**400)
t(lambda: float('nan') < 1)
t(lambda: float('nan') >= float('nan'))
t(lambda: 'a' < 'b' < 'c')
t(lambda: 1 < 2 < 'x')
t(lambda: 3 < 2 < 'x')

# sorted / min / max on mixed types
t(lambda: sorted([3, 1.5, True, 0, -2]))
t(lambda: sorted([3, 'a']))
t(lambda: sorted(['a', 3]))
t(lambda: sorted([None, None]))
t(lambda: sorted([None]))
t(lambda: sorted([(1, 'a'), (1, 2)]))
t(lambda: sorted([[], ()]))
t(lambda: sorted([1, 2, 3, None]))
t(lambda: sorted(['b', 'a', 1], key=str))
t(lambda: sorted([1, 'a', None], key=lambda x: (type(x).__name__, str(x))))
t(lambda: min(1, 'a'))
t(lambda: min('a', 1))
t(lambda: max(1, 'a'))
t(lambda: max([1, 2, None]))
t(lambda: min([None, 1]))
t(lambda: max(1, 2.5, True))
t(lambda: min(0, False, 0.0))
t(lambda: max(0, False, 0.0))
t(lambda: min([[1], [0, 5], [0]]))
t(lambda: max('abc', 'abd', 'ab'))
t(lambda: min((), key=len))
t(lambda: max(1))
t(lambda: min())
t(lambda: max([1, 'a'], key=str))
