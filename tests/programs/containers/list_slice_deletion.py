# del on list items and slices, including extended slices
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def d(lst, s):
    try:
        del lst[s]
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)

L = lambda: list(range(10))
d(L(), 0)
d(L(), -1)
d(L(), 9)
d(L(), 10)
d(L(), -11)
d(L(), 10**30)
d(L(), 'a')
d(L(), None)
d(L(), 2.0)
d(L(), False)
d([], 0)
d([], -1)

d(L(), slice(2, 5))
d(L(), slice(5, 2))
d(L(), slice(None))
d(L(), slice(-3, None))
d(L(), slice(None, -3))
d(L(), slice(100, 200))
d(L(), slice(-200, -100))
d(L(), slice(None, None, 2))
d(L(), slice(1, None, 2))
d(L(), slice(None, None, -2))
d(L(), slice(None, None, -1))
d(L(), slice(8, 2, -3))
d(L(), slice(None, None, 3))
d(L(), slice(None, None, 100))
d(L(), slice(None, None, -100))
d(L(), slice(None, None, 0))
d(L(), slice(2, 8, 1))
d(L(), slice(2, 8, -1))
d(L(), slice(10**30, None))
d(L(), slice(None, None, 10**30))
d(L(), slice(-10**30, 10**30, 4))
d(L(), slice('a', 2))
d([], slice(None, None, 2))
d([], slice(None, None, -1))

# repeated deletion
a = L()
while a:
    del a[::2]
    print(a)

# deleting with __index__ objects
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
d(L(), I(3))
d(L(), slice(I(1), I(9), I(3)))
d(L(), I(-2))

# del of a variable holding the list doesn't affect aliases
b = [1, 2, 3]
c = b
del b[:]
print(c, c is not None)
b = [1, 2, 3]
c = b
del b
print(c)

# list.__delitem__ directly
e = L()
print(repr(e.__delitem__(slice(0, 5))), e)
t(lambda: e.__delitem__())
t(lambda: e.__delitem__(99))
t(lambda: e.__getitem__(slice(1, 3)))
t(lambda: e.__setitem__(0, 'z'))
print(e)
