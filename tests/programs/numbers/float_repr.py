# float repr/str: shortest round-trip, exponent switch points, -0.0, inf/nan, large integers as floats
vals = [0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 1.5, 2.5, 1 / 3, 2 / 3, 10 / 3, 100.0,
        1e15, 1e16, 1e17, 1.5e16, 123456789012345678.0, 9007199254740993.0, 2.0**53, 2.0**63, 2.0**64,
        1e22, 1e23, 1e100, 1e300, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
        5e-324, 1e-323, 1e-5, 1e-4, 0.0001, 0.00001, 1.2345e-5, 0.001, 1e-7, 123.456, -123.456e-10,
        3.141592653589793, 2.718281828459045, 1.1, 2.675, 0.125, 9.999999999999999e22, 1e21, 1e20,
        99999999999999999.0, 0.30000000000000004, 4.35, 1.0000000000000002, 0.9999999999999999,
        float("inf"), float("-inf"), float("nan"), -float("nan"), 1e308 * 10, -1e308 * 10]
for v in vals:
    print(repr(v), str(v), v.__repr__() == v.__str__(), float(repr(v)) == v or v != v)

# integers converted to float
for n in (0, 1, -1, 10**15, 10**16, 10**16 + 1, 2**53 + 1, 2**54 + 3, 10**21, 10**22, 10**23,
          12345678901234567890, -(2**63), 2**1023, 3**600):
    print(n if n < 10**30 else "big", repr(float(n)))

# powers of ten
print([repr(float("1e%d" % k)) for k in range(-8, 24, 3)])
print([repr(1.0 / (1 << k)) for k in range(0, 70, 9)])
print([repr(k / 10) for k in range(0, 12)])
print([repr(k * 0.1) for k in range(0, 12)])

# repr of floats inside containers and f-strings
print([0.1, -0.0, float("inf")], (1e16,), {1.5: 2.5e-10})
print(f"{0.1}|{1e16}|{-0.0}|{5e-324!r}|{1e300 * 1e10!s}")
print("%s %r" % (0.1 + 0.2, 1e-5))
print(str(1.0e0), repr(10.0), repr(1e1), repr(1.e2), repr(.5), repr(0e0), repr(-0e-5))

# arithmetic producing negative zero and special values
print(repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0.0 * -1), repr(-0.0 * -0.0), repr(-(0.0)),
      repr(abs(-0.0)), repr(float("inf") - float("inf")), repr(float("inf") * 0))
print(repr(1e308 + 1e308), repr(-1e308 * 2), repr(5e-324 / 2), repr(-5e-324 / 2), repr(5e-324 * 0.5000001))

# float subclass repr
class F(float):
    pass
class G(float):
    def __repr__(self):
        return "G!"
print(repr(F(0.1)), str(F(-0.0)), repr(G(2.0)), str(G(2.0)), f"{G(2.0)}", [G(1.0)])
