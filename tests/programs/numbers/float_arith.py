# float + - * / unary with ints/bools/floats, overflow to inf, inf/nan propagation, sum(), dunders, getformat
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.5, -2.25, 0.1, 1e308, -1e308, 5e-324, inf, -inf, nan]
for a in vals:
    print(repr(a), [repr(a + b) for b in vals[:8]])
    print(repr(a), [repr(a - b) for b in vals[:8]])
    print(repr(a), [repr(a * b) for b in vals[:8]])

print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 3 * 0.1 == 0.3, 1e16 + 1, 1e16 + 2, 2.0**53 + 1.0)
print(repr(1e308 * 10), repr(-1e308 * 10), repr(1e-308 / 1e10), repr(5e-324 / 2), repr(2.5e-324), repr(7e-324))
print(repr(inf - inf), repr(inf * 0.0), repr(inf / inf), repr(nan + 1), repr(-nan), repr(abs(-inf)), repr(-(-0.0)))

# mixed with ints (exact conversion and overflow)
t(lambda: 1.5 + 2)
t(lambda: 2 - 0.5)
t(lambda: True + 0.5)
t(lambda: 0.5 * False)
t(lambda: 1.0 + 2**53 + 1)
t(lambda: 1.0 * (2**1024 - 1))
t(lambda: 1.0 + 10**400)
t(lambda: 1.5 / 2**1100)
t(lambda: 2**1100 / 1.5)
t(lambda: 1.0 + "1")
t(lambda: "a" * 2.0)
t(lambda: 1.0 + None)
t(lambda: 1.0 - [1])
t(lambda: -"1.0")

# unary and abs
for v in (0.0, -0.0, 2.5, -2.5, inf, -inf, nan):
    print(repr(v), repr(-v), repr(+v), repr(abs(v)), repr(v.__neg__()), repr(v.__abs__()), v.__bool__())

# dunders return NotImplemented for unsupported types
t(lambda: (1.5).__add__(1))
t(lambda: (1.5).__add__("x"))
t(lambda: (1.5).__radd__(1))
t(lambda: (1.5).__sub__(True))
t(lambda: (1.5).__rsub__(10))
t(lambda: (1.5).__mul__(2**1100))
t(lambda: (1.5).__rmul__(4))
t(lambda: (1.5).__truediv__(1j))
t(lambda: (1.5).__pos__())
t(lambda: float.__add__(1, 2.0))

# sum() of floats: plain left-to-right double addition in 3.11
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100]))
t(lambda: sum([0.1, 0.2, 0.3]))
t(lambda: sum([1, 2.5, True]))
t(lambda: sum([], 0.0))
t(lambda: sum([inf, -inf]))
t(lambda: sum([-0.0, -0.0]))
t(lambda: sum([-0.0]))
t(lambda: sum([-0.0], -0.0))
t(lambda: sum([1e308, 1e308]))

# float class metadata
t(lambda: float.__getformat__("double"))
t(lambda: float.__getformat__("float"))
t(lambda: float.__getformat__("int"))
t(lambda: float.__getformat__(1))

class F(float):
    pass
t(lambda: type(F(1.5) + F(1.5)).__name__)
t(lambda: type(-F(1.5)).__name__)
t(lambda: F(1.5) * 2)
