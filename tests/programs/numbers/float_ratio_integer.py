# float: as_integer_ratio, is_integer, conjugate, real/imag, __trunc__/__floor__/__ceil__, __int__, __float__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 0.25, 1.5, 2.5, -2.5, 3.75, 1 / 3, 1e16, 1e-5,
        123.456, 2.0**53, 2.0**53 + 2, 1e22, 1e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, -1e-10, 0.9999999999999999, 4503599627370495.5]
for v in vals:
    n, d = v.as_integer_ratio()
    ok = (n / d == v) and d > 0 and (d & (d - 1)) == 0
    print(repr(v), (n, d) if d < 10**20 and abs(n) < 10**40 else ("big", n.bit_length(), d.bit_length()),
          ok, v.is_integer(), repr(v.conjugate()), repr(v.real), repr(v.imag))

for v in vals[:20]:
    print(repr(v), v.__trunc__(), v.__floor__(), v.__ceil__(), int(v), repr(v.__float__()),
          type(v.__floor__()).__name__)

# special values
for s in ("inf", "-inf", "nan"):
    v = float(s)
    t(lambda: v.as_integer_ratio())
    t(lambda: v.is_integer())
    t(lambda: v.__floor__())
    t(lambda: v.__ceil__())
    t(lambda: v.__trunc__())
    t(lambda: (v.conjugate(), v.real, v.imag))

# errors and bound/unbound
t(lambda: (1.5).as_integer_ratio(1))
t(lambda: (1.5).is_integer(1))
t(lambda: float.is_integer(3))
t(lambda: float.as_integer_ratio(0.75))
t(lambda: float.conjugate(-2.0))
t(lambda: (1.5).numerator)
t(lambda: (1.5).denominator)
t(lambda: setattr(1.5, "real", 2))
t(lambda: (2.0).__index__())
t(lambda: [1, 2][int("1") + 0.0])
t(lambda: range(3.0))

# subclass: methods return plain floats/ints
class F(float):
    pass
f = F(2.5)
print(type(f.real).__name__, type(f.conjugate()).__name__, type(f.as_integer_ratio()[0]).__name__,
      f.is_integer(), type(f.__floor__()).__name__, type(+f).__name__, type(-f).__name__, type(abs(f)).__name__)

# integer-valued floats and exactness
for k in (0, 1, 52, 53, 54, 100, 1023):
    x = 2.0 ** k
    print(k, x.is_integer(), (x + 0.5).is_integer(), x.as_integer_ratio() == (2**k, 1), int(x) == 2**k)
