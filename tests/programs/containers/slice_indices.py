# slice.indices(length) for every sign combination, plus errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [None, -12, -3, 0, 2, 12]
steps = [None, 1, 2, -1, -2]
for step in steps:
    row = []
    for start in vals:
        for stop in vals:
            row.append(slice(start, stop, step).indices(10))
    print(step, row[:12])
    print(step, row[12:24])
    print(step, row[24:])

# check agreement with range slicing for a sample
ok = True
for step in [1, 2, 3, -1, -2, -3]:
    for start in [None, -15, -5, -1, 0, 1, 5, 15]:
        for stop in [None, -15, -5, -1, 0, 1, 5, 15]:
            s = slice(start, stop, step)
            if list(range(*s.indices(10))) != list(range(10))[s]:
                ok = False
                print('mismatch', s)
print('agree', ok)

# length edge cases
t(lambda: slice(None).indices(0))
t(lambda: slice(None, None, -1).indices(0))
t(lambda: slice(5, 10).indices(0))
t(lambda: slice(-1, None, -1).indices(0))
t(lambda: slice(1, 2).indices(10**30))
t(lambda: slice(-1, None).indices(10**30))
t(lambda: slice(None, None, -1).indices(10**30))
t(lambda: slice(10**40, -10**40, -1).indices(7))
t(lambda: slice(-10**40, 10**40, 10**40).indices(7))
t(lambda: slice(None, None, 10**40).indices(7))
t(lambda: slice(True, False, True).indices(5))

class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: slice(I(1), I(-1), I(2)).indices(I(10)))

# errors
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice(1).indices(-10**30))
t(lambda: slice('a').indices(5))
t(lambda: slice(1.0).indices(5))
t(lambda: slice(None, None, 1.0).indices(5))
t(lambda: slice(1).indices(5.0))
t(lambda: slice(1).indices('5'))
t(lambda: slice(1).indices(None))
t(lambda: slice(1).indices())
t(lambda: slice(1).indices(1, 2))
t(lambda: slice(None, 'b').indices(3))
t(lambda: slice(0, 1, 'c').indices(3))
