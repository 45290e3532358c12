# list.pop / remove / index / count including error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [10, 20, 30, 40, 50]
t(lambda: a.pop())
t(lambda: a.pop(0))
t(lambda: a.pop(-1))
t(lambda: a.pop(1))
print(a)
t(lambda: a.pop(5))
t(lambda: a.pop(-5))
t(lambda: a.pop(10**30))
t(lambda: a.pop('0'))
t(lambda: a.pop(0.0))
t(lambda: a.pop(True))
print(a)
t(lambda: a.pop())
t(lambda: a.pop())
t(lambda: [].pop(0))
t(lambda: [].pop(-1))
t(lambda: [1].pop(1, 2))

# remove
b = [1, 2, 3, 2, 1, 'x', None, 1.0]
b.remove(2); print(b)
b.remove(1); print(b)
b.remove(None); print(b)
b.remove(True); print(b)
t(lambda: b.remove(99))
t(lambda: b.remove('y'))
t(lambda: b.remove([]))
t(lambda: [].remove(0))
t(lambda: b.remove())
nan = float('nan')
c = [nan, 1]
c.remove(nan); print(c)
t(lambda: [float('nan')].remove(float('nan')))

# index with start/stop
d = ['a', 'b', 'c', 'a', 'b', 'c']
t(lambda: d.index('a'))
t(lambda: d.index('a', 1))
t(lambda: d.index('a', -3))
t(lambda: d.index('c', 0, 3))
t(lambda: d.index('c', 0, 2))
t(lambda: d.index('b', -100, 100))
t(lambda: d.index('b', 10**30))
t(lambda: d.index('b', -10**30, 10**30))
t(lambda: d.index('z'))
t(lambda: d.index(1))
t(lambda: d.index([1, 2]))
t(lambda: d.index(None))
t(lambda: d.index('a', 'x'))
t(lambda: d.index('a', 1.5))
t(lambda: d.index())
t(lambda: d.index('a', 0, 6, 1))
t(lambda: d.index('a', 4, 2))
t(lambda: [1, 2.0, 3].index(2))
t(lambda: [1, 2, 3].index(3.0))
t(lambda: [0, False].index(False))

# count
e = [1, 1.0, True, 'a', 'a', (1,), [1], None, 2]
t(lambda: e.count(1))
t(lambda: e.count('a'))
t(lambda: e.count((1,)))
t(lambda: e.count([1]))
t(lambda: e.count(None))
t(lambda: e.count('zz'))
t(lambda: e.count())
t(lambda: [].count(0))
t(lambda: [nan, nan].count(nan))
t(lambda: [float('nan')].count(float('nan')))

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called', self.v)
        return self.v == 2
f = [Eq(1), Eq(2), Eq(3)]
t(lambda: f.count(0))
x = object()
t(lambda: f.index(x))
