# round() on floats: no ndigits (half-even -> int), ndigits >= 0, negative ndigits, exact-decimal cases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# round(x) -> int, ties to even
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 0.5000000000000001,
          2.4999999999999996, 1e16 + 2, 4503599627370497.0, -0.0, 0.0, 1e300, 123.5, 124.5, -123.5]:
    r = round(v)
    print(repr(v), repr(r), type(r).__name__)

# round(x, n) -> float, correctly rounded decimal representation
cases = [(2.675, 2), (2.665, 2), (0.125, 2), (0.375, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0),
         (0.125, 1), (0.25, 1), (0.35, 1), (0.45, 1), (1.005, 2), (1.015, 2), (1.025, 2),
         (5.0e-324, 323), (5.0e-324, 324), (1e-20, 19), (1e-20, 20), (0.1, 1000), (0.1, 17), (0.1, 16),
         (123.456, 1), (123.456, 0), (123.456, -1), (123.456, -2), (123.456, -3), (150.0, -2),
         (250.0, -2), (-250.0, -2), (350.0, -2), (15.0, -1), (25.0, -1), (1e22, -22), (5e22, -23),
         (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (1e300, -301), (0.0, 5),
         (-0.0, 2), (-0.4, 0), (-0.04, 1), (-0.004, 2), (0.5, -1), (12345.6789, 3), (12345.6789, -4),
         (2.5, -1000), (2.5, 2**40), (2.5, -(2**40)), (1 / 3, 5), (2 / 3, 5), (9.995, 2), (9.9951, 2)]
for v, n in cases:
    t(lambda: round(v, n))

# special values
for s in ("inf", "-inf", "nan"):
    v = float(s)
    t(lambda: round(v))
    t(lambda: round(v, 2))
    t(lambda: round(v, -2))
    t(lambda: round(v, None))

# ndigits argument types
t(lambda: round(2.5, None))
t(lambda: type(round(2.5, None)))
t(lambda: round(2.567, True))
t(lambda: round(2.567, 1.0))
t(lambda: round(2.567, "1"))
t(lambda: round(2.567, 2**70))
t(lambda: round(2.567, -(2**70)))
t(lambda: (2.5).__round__())
t(lambda: (2.5).__round__(None))
t(lambda: (2.567).__round__(2))
t(lambda: (2.567).__round__(2, 3))
t(lambda: float.__round__(3, 1))
t(lambda: round(1e308, -308))
t(lambda: round(9.5e307, -308))

# float subclass: result type
class F(float):
    pass
t(lambda: type(round(F(2.5), 1)).__name__)
t(lambda: type(round(F(2.5))).__name__)

# round-half-even on exact binary halves across magnitudes
print([round(k + 0.5) for k in range(-6, 6)])
print([round(k / 8, 2) for k in range(-8, 9)])
print([round(k / 1000, 2) for k in range(0, 20)])
