# float **: negative exponents, negative bases (complex result), 0.0 ** negative, overflow, inf/nan rules
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float("inf")
nan = float("nan")
for b, e in [(2.0, 10), (2.0, -1), (2.0, -2.0), (-2.0, 3), (-2.0, -3), (-2.0, 2.0), (0.5, -3), (10.0, -5),
             (4.0, 0.5), (2.0, 0.5), (9.0, -0.5), (1.5, 2), (-1.5, 3.0), (1e-5, 2), (10.0, 308),
             (10.0, -323), (2.0, -1074), (2.0, -1075), (2.0, 1023), (0.0, 0.0), (-0.0, 0.0), (0.0, 5),
             (-0.0, 3), (-0.0, 2), (0.0, 0.5), (1.0, 1e300), (-1.0, 1e300), (-1.0, 3.0), (-1.0, -3.0)]:
    t(lambda: b ** e)

# zero to a negative power
for b, e in [(0.0, -1), (-0.0, -1), (0.0, -0.5), (-0.0, -2.0), (0.0, -inf), (-0.0, -inf), (0, -1.0)]:
    t(lambda: b ** e)
t(lambda: pow(0.0, -1))

# negative base with fractional exponent -> complex
for b, e in [(-8.0, 1 / 3), (-1.0, 0.5), (-4.0, 0.5), (-2.0, -0.5), (-1.0, 1.5), (-8, 1 / 3), (-2.0, 2.5)]:
    t(lambda: b ** e)
t(lambda: pow(-1.0, 0.5))

# overflow / underflow
t(lambda: 10.0 ** 309)
t(lambda: 2.0 ** 1024)
t(lambda: (-2.0) ** 1025)
t(lambda: 1e200 ** 2)
t(lambda: 1e-200 ** 2)
t(lambda: 2.0 ** 10**100)
t(lambda: 0.5 ** 10**100)
t(lambda: 2 ** 1e10)

# inf and nan special cases (C99 rules)
for b, e in [(inf, 0.0), (nan, 0.0), (nan, -0.0), (1.0, nan), (1.0, inf), (1.0, -inf), (-1.0, inf),
             (-1.0, -inf), (0.5, inf), (0.5, -inf), (2.0, inf), (2.0, -inf), (-0.5, inf), (-2.0, -inf),
             (inf, 2.0), (inf, -2.0), (-inf, 3.0), (-inf, 2.0), (-inf, -3.0), (-inf, -2.0), (-inf, 0.5),
             (inf, inf), (inf, -inf), (nan, 1.0), (2.0, nan), (nan, nan), (inf, nan), (0.0, inf), (0.0, nan)]:
    t(lambda: b ** e)

# dunders, 3-arg pow, types
t(lambda: (2.0).__pow__(3))
t(lambda: (2.0).__rpow__(3))
t(lambda: (2.0).__pow__("3"))
t(lambda: (2.0).__pow__(3, 5))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, None))
t(lambda: 2.0 ** None)
t(lambda: "2" ** 2.0)
t(lambda: 2.0 ** 1j)
t(lambda: type(2 ** -1))
t(lambda: 10 ** -1)
t(lambda: True ** -1.0)
t(lambda: 2.0 ** True)
t(lambda: (-8) ** (1 / 3) == (-8.0) ** (1 / 3))
t(lambda: 2.0 ** 0.5 * 2.0 ** 0.5)
t(lambda: 7.0 ** 2 == 49.0)
t(lambda: 3.0 ** -2 == 1 / 9)
