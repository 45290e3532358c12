# slicing ranges produces ranges; reversed(); negative steps
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(10)
t(lambda: r[2:5])
t(lambda: r[:])
t(lambda: r[::2])
t(lambda: r[1::2])
t(lambda: r[::-1])
t(lambda: r[::-3])
t(lambda: r[8:2:-2])
t(lambda: r[2:8:-2])
t(lambda: r[-3:])
t(lambda: r[:-3])
t(lambda: r[-100:100])
t(lambda: r[100:])
t(lambda: r[5:5])
t(lambda: r[::0])
t(lambda: r['a':])
t(lambda: r[1.0:])
t(lambda: r[None:None:None])
t(lambda: r[slice(2, None, 3)])

s = range(3, 30, 4)
t(lambda: list(s))
t(lambda: s[1:4])
t(lambda: list(s[1:4]))
t(lambda: s[::-1])
t(lambda: list(s[::-1]))
t(lambda: s[::2])
t(lambda: s[-2::-2])
t(lambda: s[::-1][::-1])
t(lambda: s[::-1][::-1] == s)
t(lambda: s[2:][1:][::2])

n = range(20, -5, -3)
t(lambda: list(n))
t(lambda: n[1:3])
t(lambda: n[::-1])
t(lambda: list(n[::-1]))
t(lambda: n[::2])
t(lambda: n[-1])
t(lambda: n[3:1])
t(lambda: n[3:1:-1])
t(lambda: range(0)[::-1])
t(lambda: range(5, 0)[::-1])
t(lambda: range(0, 10, -1)[::-1])

# reversed
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed(range(0))))
t(lambda: list(reversed(range(1, 10, 3))))
t(lambda: list(reversed(range(10, 1, -3))))
t(lambda: list(reversed(range(-5, -15, -4))))
rv = reversed(range(4))
t(lambda: rv.__length_hint__())
t(lambda: next(rv))
t(lambda: rv.__length_hint__())
t(lambda: list(rv))
t(lambda: list(rv))
t(lambda: type(reversed(range(3))).__name__)
t(lambda: reversed(range(3)) is iter(range(3)))

# iterator protocol
it = iter(range(2))
t(lambda: iter(it) is it)
t(lambda: list(it))

# negative steps and len
for a, b, c in [(0, -10, -1), (0, -10, -3), (-1, -10, -4), (5, 5, -1), (5, 6, -1), (6, 5, -1),
                (0, 1, -1), (10, -10, -7)]:
    q = range(a, b, c)
    print(q, len(q), list(q), q[0] if q else None, q[-1] if q else None)
# slice of slice with __index__
class I:
    def __index__(self): return 2
t(lambda: range(10)[I():7:I()])
t(lambda: range(10)[I()])
