# int: __index__, __round__ (ndigits incl. negative, half-even), __trunc__/__floor__/__ceil__, __int__/__float__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (0, 7, -7, 2**70, -(2**70), True):
    print(repr(v.__index__()), repr(v.__trunc__()), repr(v.__floor__()), repr(v.__ceil__()),
          repr(v.__round__()), repr(v.__int__()), repr(v.__float__()), type(v.__round__()).__name__)

# round with ndigits >= 0 is identity; negative ndigits rounds half to even
for v in (0, 5, 15, 25, 35, 45, -5, -15, -25, 14, 16, 150, 250, 350, -250, 1234567, -1234567,
          10**20 + 5 * 10**9, 2**64, 999, 1000, 500, 1500, -500):
    print(v, round(v), round(v, 0), round(v, 3), round(v, -1), round(v, -2), round(v, -3), round(v, -10))

t(lambda: round(5, -100))
t(lambda: round(5 * 10**99, -100))
t(lambda: round(15 * 10**99, -100))
t(lambda: round(10**400 + 5 * 10**199, -200) == 10**400)
t(lambda: round(123, 2**70))
t(lambda: round(123, None))
t(lambda: round(123, 1.0))
t(lambda: round(123, "1"))
t(lambda: round(True, -1))
t(lambda: round(True))
t(lambda: type(round(True)))
t(lambda: type(round(True, 2)))
t(lambda: (15).__round__(-1))
t(lambda: (25).__round__(-1))
t(lambda: (7).__round__(None))
t(lambda: (7).__round__(1, 2))
t(lambda: round())
t(lambda: round(7, ndigits=-1))
t(lambda: round(number=75, ndigits=-1))

# __index__ used by slicing, range, hex, list indexing, operator-like contexts
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t(lambda: [10, 20, 30, 40][Idx(2)])
t(lambda: "abcdef"[Idx(1):Idx(-1)])
t(lambda: list(range(Idx(3))))
t(lambda: hex(Idx(255)))
t(lambda: bin(Idx(-5)))
t(lambda: oct(Idx(8)))
t(lambda: (2).__pow__(Idx(3)))
t(lambda: 2 ** Idx(3))
t(lambda: 1 << Idx(4))
t(lambda: "ab" * Idx(3))
t(lambda: hex(3.0))
t(lambda: [1, 2][int("1") * 1.0])
t(lambda: [1, 2][True])
t(lambda: range(10)[Idx(2**70)])

class Bad:
    def __index__(self):
        return "no"
t(lambda: hex(Bad()))
t(lambda: [1][Bad()])

# int's __trunc__ etc on subclasses return exact int
class MyInt(int):
    pass
m = MyInt(9)
for name in ("__index__", "__trunc__", "__floor__", "__ceil__", "__round__", "__int__", "__pos__", "__neg__", "__abs__"):
    r = getattr(m, name)()
    print(name, repr(r), type(r).__name__)
print(type(round(m, -1)).__name__, round(m, -1), type(round(m, 2)).__name__)
