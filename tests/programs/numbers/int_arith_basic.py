# int: + - * / unary ops, result types, big ints, mixing with float/bool
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**30, -10**30]
for a in vals:
    for b in (3, -3, 2**64 + 1):
        print(a, b, a + b, a - b, a * b)

for a in (0, 5, -5, 2**100):
    print(repr(+a), repr(-a), repr(abs(a)), repr(~a))

# true division results are floats
for a, b in [(1, 2), (-1, 2), (7, 7), (10, 3), (-10, 3), (2**53 + 1, 1),
             (10**30, 10**10), (1, 10**30), (2**1000, 2**999), (-2**1000, 3**600)]:
    t(lambda: a / b)

t(lambda: 1 / 0)
t(lambda: 0 / 0)
t(lambda: 10**400 / 1)
t(lambda: 10**400 / 10**399)
t(lambda: 1 / 10**400)
t(lambda: -(10**400) / 7)
t(lambda: 2**1024 / 2)

# mixing with float and bool
t(lambda: 3 + 0.5)
t(lambda: 3 * 1.5)
t(lambda: 3 - True)
t(lambda: type(3 + True))
t(lambda: 10**400 + 1.0)
t(lambda: 10**400 * 0.0)
t(lambda: 1 + "a")
t(lambda: "a" + 1)
t(lambda: 1 - None)
t(lambda: 2 * [1, 2])
t(lambda: [0] * -3)
t(lambda: 3 * "ab")
t(lambda: (1, 2) * 2)
t(lambda: 1 / "x")
t(lambda: -"x")
t(lambda: ~1.5)

# dunder methods directly
t(lambda: (5).__add__(3))
t(lambda: (5).__add__(3.0))
t(lambda: (5).__radd__(3))
t(lambda: (5).__sub__(8))
t(lambda: (5).__rsub__(8))
t(lambda: (5).__mul__("a"))
t(lambda: (5).__truediv__(2))
t(lambda: (5).__rtruediv__(2))
t(lambda: (5).__neg__())
t(lambda: (5).__pos__())
t(lambda: (-5).__abs__())
t(lambda: (5).__invert__())
t(lambda: (5).__bool__())
t(lambda: (0).__bool__())
t(lambda: int.__add__(1, 2))
t(lambda: int.__add__(1.0, 2))

# big int arithmetic identities
x = 3**200
y = 7**150
print((x * y) // y == x, (x + y) - y == x, x * y % 1000007)
print(sum(range(10**6, 10**6 + 100)))
print(2**64 * 2**64 == 2**128, -(2**127) * -(2**127))
