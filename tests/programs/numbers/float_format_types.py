# format() of floats: every presentation type (none e E f F g G n %) with precision and '#'
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 123456.789, 1e16, 1.5e-7, 1e-5, 1e22, 5e-324,
        1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
for spec in ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".17", ".0e", ".3e",
             ".0f", ".2f", ".0g", ".1g", ".4g", ".17g", ".2%", "#", "#.0", "#e", "#.0e", "#.0f",
             "#g", "#.3g", "#G", ".3n", "#.0%"]:
    print(repr(spec), [format(v, spec) for v in vals])

# g switches to exponent notation based on exponent vs precision
for v in (1e-5, 1e-4, 0.00012345, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 9.9999e5, 999999.5):
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, ".10g"), format(v, ""), format(v, ".3"), str(v))

# large precision for f and e
t(lambda: format(0.1, ".30f"))
t(lambda: format(0.1, ".55e"))
t(lambda: format(1e300, ".0f")[:20])
t(lambda: len(format(1e300, "f")))
t(lambda: format(5e-324, ".1074f")[-10:])
t(lambda: format(2.5, ".0f") + format(3.5, ".0f") + format(-0.5, ".0f"))
t(lambda: format(0.125, ".2f") + " " + format(0.375, ".2f") + " " + format(2.675, ".2f"))
t(lambda: format(1.0, ".2147483648f"))

# invalid types for floats
for spec in ["d", "x", "b", "o", "c", "s", "X", "r", "#x", ".2d"]:
    t(lambda: format(1.5, spec))
t(lambda: format(1.5, ",n"))
t(lambda: format(1.5, "_n"))
t(lambda: format(1.5, ".e"))
t(lambda: format(1.5, "ee"))
t(lambda: format(1.5, None))
t(lambda: (1.5).__format__(".2f"))
t(lambda: (1.5).__format__(2))
t(lambda: float.__format__(2.0, ""))

# %-formatting of floats
t(lambda: "%f %e %E %g %G %r %s" % (0.1, 0.1, 0.1, 0.1, 1e-10, 0.1, 0.1))
t(lambda: "%.0f %.0f %.0f %#.0f %#.3g" % (0.5, 1.5, 2.5, 2.0, 1.0))
t(lambda: "%10.3f|%-10.2e|%+g|% g|%010.2f" % (3.14159, 31415.9, 1.0, 2.0, -3.5))
t(lambda: "%f %F %e %g" % (float("inf"), float("-inf"), float("nan"), float("inf")))
t(lambda: "%d %i %x" % (3.7, -3.7, 3) )
t(lambda: "%x" % 3.5)
t(lambda: "%c" % 65.0)
t(lambda: "%.2f" % "1.5")
t(lambda: "%*.*f" % (10, 3, 2.5))
