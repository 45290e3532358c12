# list slice assignment, simple and extended
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def sa(lst, s, v):
    try:
        lst[s] = v
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)

L = lambda: list(range(10))
# simple slices: any length
sa(L(), slice(2, 5), ['a'])
sa(L(), slice(2, 5), [])
sa(L(), slice(2, 2), 'xyz')
sa(L(), slice(0, 0), (1, 2))
sa(L(), slice(None, None), [])
sa(L(), slice(8, 100), ['end'])
sa(L(), slice(100, 200), ['far'])
sa(L(), slice(-3, None), range(3))
sa(L(), slice(-100, 2), ['start'])
sa(L(), slice(7, 3), ['rev'])
sa(L(), slice(None, None, 1), 'ab')
sa(L(), slice(3, 6), {7: 0, 8: 0})
sa(L(), slice(2, 4), 5)
sa(L(), slice(2, 4), None)
sa(L(), slice(2, 4), iter([1, 2, 3]))
# assign self
a = [1, 2, 3]
a[1:2] = a
print(a)
a = [1, 2, 3]
a[:] = a
print(a)
a = [1, 2, 3]
a[::-1] = a
print(a)

# extended slices: sizes must match
sa(L(), slice(None, None, 2), 'abcde')
sa(L(), slice(1, None, 2), range(100, 105))
sa(L(), slice(None, None, -1), range(10))
sa(L(), slice(None, None, -3), 'wxyz')
sa(L(), slice(8, 1, -2), [0, 0, 0, 0])
sa(L(), slice(None, None, 2), 'abc')
sa(L(), slice(None, None, 2), [])
sa(L(), slice(1, 2, 2), [])
sa(L(), slice(None, None, -1), [1])
sa(L(), slice(5, 5, 2), [])
sa(L(), slice(5, 5, 2), [1])
sa(L(), slice(None, None, 3), 7)
sa(L(), slice(None, None, 0), [])
sa(L(), slice(0, 10, 10), ['only'])
sa(L(), slice(-1, -11, -1), 'abcdefghij')
sa(L(), slice(None, None, 10**20), ['big'])
sa(L(), slice(None, None, -10**20), ['big'])
sa(L(), slice('a', None), [])
sa(L(), slice(1.0, None), [])
sa([], slice(None, None, 2), [])
sa([], slice(None, None, 2), [1])

# index assignment
b = [1, 2, 3]
sa(b, 0, 'x')
sa(b, -1, 'y')
sa(b, 3, 'z')
sa(b, -4, 'z')
sa(b, '1', 'z')
sa(b, 1.0, 'z')
sa(b, 10**30, 'z')
sa(b, True, 'T')

# operator-based slicing
c = list(range(6))
c[1:3], c[4:] = 'AB', 'C'
print(c)
t(lambda: c[::2])
t(lambda: c[::-2])
t(lambda: c[10:])
t(lambda: c[-100:2])
t(lambda: c[::0])
t(lambda: c['x':])
