# slice objects: construction, repr, attributes, hashability (3.11), comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: slice(5))
t(lambda: slice(1, 5))
t(lambda: slice(1, 5, 2))
t(lambda: slice(None))
t(lambda: slice(None, None, None))
t(lambda: slice(-1, None, -1))
t(lambda: slice('a', 'b', 'c'))
t(lambda: slice(1.5, [2], (3,)))
t(lambda: slice(10**30, -10**30, 0))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(stop=3))
t(lambda: str(slice(1, 2)))
t(lambda: slice(slice(1)))

s = slice(1, 'x', [3])
print(s.start, s.stop, s.step)
print(slice(4).start, slice(4).stop, slice(4).step)
def set_start():
    s.start = 0
t(set_start)
def set_other():
    s.other = 0
t(set_other)

# subscript capture
class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
t(lambda: g[1:2])
t(lambda: g[:])
t(lambda: g[::])
t(lambda: g[1:])
t(lambda: g[:2])
t(lambda: g[::3])
t(lambda: g[1:2:3])
t(lambda: g[1:2, 3])
t(lambda: g[..., 1:])
t(lambda: g[:, :])
t(lambda: g['a':'b'])
t(lambda: g[1:2] == slice(1, 2))
t(lambda: g[1:2] == slice(1, 2, None))

# hashability: slices are unhashable in 3.11
t(lambda: hash(slice(1, 2)))
t(lambda: hash(slice(None)))
t(lambda: {slice(1): 1})
t(lambda: {slice(1)})
t(lambda: slice.__hash__)

# comparisons: compare as (start, stop, step) tuples
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: slice(1, 2) == slice(1, 2, 1))
t(lambda: slice(1, 2) != slice(1, 3))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: slice(1, 2) <= slice(1, 2))
t(lambda: slice(2) > slice(1))
t(lambda: slice(0, 5) >= slice(0, 4, 100))
t(lambda: slice(1) < slice(2))
t(lambda: slice(None, 1) < slice(None, 2))
t(lambda: slice(1, 2) < slice(None, 2))
t(lambda: slice(1, 'a') < slice(1, 2))
t(lambda: slice(1, 2) == (None, 1, 2))
t(lambda: slice(1, 2) < (1, 2))
t(lambda: slice(1.0, 2) == slice(1, 2.0))
t(lambda: slice(float('nan')) == slice(float('nan')))
nan = float('nan')
t(lambda: slice(nan) == slice(nan))
t(lambda: sorted([slice(3), slice(1, 5), slice(1, 2), slice(0, 9, 2)]))
t(lambda: type(slice(1)).__name__)
t(lambda: isinstance(slice(1), slice))
t(lambda: [n for n in dir(slice) if not n.startswith('_')])
t(lambda: slice(1, 2, 3).__reduce__())
t(lambda: [1, 2, 3, 4][slice(None, None, -2)])
t(lambda: 'hello'[slice(1, None)])
t(lambda: (1, 2, 3)[slice(5)])
