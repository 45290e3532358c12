# range construction, attributes, repr, len, indexing, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for r in [range(5), range(0), range(-3), range(2, 8), range(8, 2), range(0, 10, 3),
          range(10, 0, -1), range(10, 0, -3), range(0, 10, -1), range(-5, -1),
          range(-1, -5, -1), range(1, 2, 100), range(True, 5)]:
    print(repr(r), str(r), r.start, r.stop, r.step, len(r), list(r))

t(lambda: range(0, 10, 0))
t(lambda: range(5, 0, 0))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.0))
t(lambda: range('3'))
t(lambda: range(1, 2.5))
t(lambda: range(1, 5, 1.0))
t(lambda: range(None))
t(lambda: range(stop=3))
t(lambda: range(1, None))

class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
r = range(I(1), I(7), I(2))
print(r, type(r.start).__name__, list(r))
t(lambda: range(I(0), I(5), I(0)))

# attributes are read-only
def setattr_start():
    r.start = 5
t(setattr_start)
def set_new():
    r.foo = 1
t(set_new)

# indexing
r = range(3, 20, 4)
t(lambda: r[0])
t(lambda: r[-1])
t(lambda: r[4])
t(lambda: r[5])
t(lambda: r[-5])
t(lambda: r[-6])
t(lambda: r['a'])
t(lambda: r[1.0])
t(lambda: r[None])
t(lambda: r[I(2)])
t(lambda: r[True])
t(lambda: range(0)[0])
t(lambda: range(10, 0, -2)[2])
t(lambda: range(10, 0, -2)[-1])

def assign():
    r[0] = 1
t(assign)
def delete():
    del r[0]
t(delete)

# bool, type names, iteration
t(lambda: bool(range(0)))
t(lambda: bool(range(1)))
t(lambda: bool(range(5, 5)))
t(lambda: bool(range(5, 0, -1)))
t(lambda: type(range(3)).__name__)
t(lambda: type(iter(range(3))).__name__)
t(lambda: type(reversed(range(3))).__name__)
it = iter(range(3))
print(next(it), next(it), next(it))
t(lambda: next(it))
t(lambda: iter(range(5)).__length_hint__())
t(lambda: list(iter(range(2, 12, 3))))
t(lambda: sum(range(101)))
t(lambda: max(range(-5, 5, 2)))
t(lambda: min(range(0)))
t(lambda: range(3).__len__())
t(lambda: sorted(range(5, 0, -1)))
t(lambda: tuple(range(-2, 3)))
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(lambda: range(3) < range(4))
t(lambda: dir(range(0)) == sorted(dir(range(0))))
t(lambda: [n for n in dir(range) if not n.startswith('_')])
