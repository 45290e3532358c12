# complex arithmetic: + - * / with complex/int/float/bool, unary ops, zero division messages, unsupported ops
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

zs = [0j, 1j, 1 + 2j, -3.5 + 0.5j, complex(1e200, -1e200), complex(-0.0, 0.0)]
others = [2, -1.5, True, 3 - 4j, 1e-300j]
for a in zs:
    for b in others:
        print(repr(a), repr(b), repr(a + b), repr(a - b), repr(a * b), repr(b + a), repr(b - a), repr(b * a))

# division
for a, b in [(1 + 2j, 3 - 4j), (1j, 1j), (1, 1j), (1j, 2), (2.0, 1 + 1j), (1 + 1j, 1e-300), (1e300 + 1e300j, 1e-300 + 1e-300j),
             (-1j, 1 + 0j), (3 + 4j, 0.5j), (1e308 + 1j, 1e308 + 1e308j), (5, 2 + 0j), (True, 2j)]:
    t(lambda: a / b)

for a in (0j, 1 + 1j, 1.0):
    for b in (-0j, 0, complex(0, -0.0)):
        if isinstance(a, complex) or isinstance(b, complex):
            t(lambda: a / b)

# unary
for z in (1 + 2j, -0j, 0j, complex(-0.0, 0.0), complex(float("inf"), -1)):
    print(repr(z), repr(-z), repr(+z), repr(abs(z)), repr(z.conjugate()))

# unsupported operators for complex
t(lambda: (1 + 2j) // 2)
t(lambda: (1 + 2j) % 2)
t(lambda: divmod(1 + 2j, 2))
t(lambda: 5 // 1j)
t(lambda: 5 % 1j)
t(lambda: divmod(5.0, 1j))
t(lambda: ~1j)
t(lambda: 1j << 1)
t(lambda: 1j & 1)
t(lambda: 1j + "a")
t(lambda: "a" * 1j)
t(lambda: [1] * 1j)
t(lambda: 1j + None)
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))

# dunders
t(lambda: (1 + 2j).__add__(1))
t(lambda: (1 + 2j).__radd__(1.5))
t(lambda: (1 + 2j).__sub__(2j))
t(lambda: (1 + 2j).__rsub__(2j))
t(lambda: (1 + 2j).__mul__(2))
t(lambda: (1 + 2j).__rmul__(True))
t(lambda: (1 + 2j).__truediv__(2))
t(lambda: (1 + 2j).__rtruediv__(2))
t(lambda: (1 + 2j).__add__("x"))
t(lambda: (1 + 2j).__truediv__(0))
t(lambda: (1 + 2j).__neg__())
t(lambda: (1 + 2j).__pos__())
t(lambda: (3 + 4j).__abs__())
t(lambda: (1j).__bool__())
t(lambda: (1 + 2j).__floordiv__(1))
t(lambda: (1 + 2j) + 10**400)
t(lambda: (1 + 2j) * 10**20)

# mixing with ints too large for float
t(lambda: 1j * 2**1024)
