# tuple.index / count, concatenation, repetition, indexing, repr
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = (1, 'a', 2.0, 'a', None, (1,), 1)
t(lambda: a.index('a'))
t(lambda: a.index('a', 2))
t(lambda: a.index('a', -4, -2))
t(lambda: a.index(2))
t(lambda: a.index((1,)))
t(lambda: a.index(1, 1))
t(lambda: a.index(1, 1, 6))
t(lambda: a.index('zz'))
t(lambda: a.index(1, 10**30))
t(lambda: a.index(1, 'x'))
t(lambda: a.index())
t(lambda: ().index(0))
t(lambda: a.count(1))
t(lambda: a.count('a'))
t(lambda: a.count(True))
t(lambda: a.count(None))
t(lambda: a.count([1]))
t(lambda: a.count())
t(lambda: ().count(()))

# concatenation
t(lambda: (1, 2) + (3,))
t(lambda: (1, 2) + ())
t(lambda: () + ())
t(lambda: (1, 2) + [3])
t(lambda: (1, 2) + 'ab')
t(lambda: (1, 2) + None)
t(lambda: (1, 2) + 3)
t(lambda: (1,) * 3)
t(lambda: 3 * (1, 2))
t(lambda: (1,) * 0)
t(lambda: (1,) * -2)
t(lambda: (1,) * 2.0)
t(lambda: (1,) * (2,))
t(lambda: (1,) * 10**30)
t(lambda: () * 10**30)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
x *= 2
print(x)
def iadd(p, q):
    p += q
    return p
t(lambda: iadd((1,), [2]))
t(lambda: iadd((1,), 'ab'))

# indexing and slicing
b = tuple(range(10))
t(lambda: b[3])
t(lambda: b[-1])
t(lambda: b[10])
t(lambda: b[-11])
t(lambda: b['1'])
t(lambda: b[1.5])
t(lambda: b[::3])
t(lambda: b[::-4])
t(lambda: b[7:2])
t(lambda: b[:] is b)
t(lambda: b[0:10] is b)
t(lambda: b[0:9] is b)
t(lambda: len(b))
t(lambda: 5 in b)
t(lambda: 5.0 in b)

def setit():
    b[0] = 1
def delit():
    del b[0]
t(setit)
t(delit)
t(lambda: b.append)

# repr
print((), (1,), (1, 2), ((),), ((1,),), (None,), ('a',), ([],))
print(((1, 2), (3, (4, (5,)))))
print(('\U0001F600', '𝔘', "it's", 'q"q'))
print(repr((1,)), str((1,)))
l = []
tt = (l,)
l.append(tt)
print(tt)
print(l)
t(lambda: tuple())
t(lambda: tuple('ab'))
t(lambda: tuple([1, [2]]))
t(lambda: tuple(range(3)))
t(lambda: tuple({2: 0, 1: 0}))
t(lambda: tuple(5))
t(lambda: tuple(1, 2))
t(lambda: tuple(iterable=()))
z = (1, 2)
t(lambda: tuple(z) is z)
