# format() of floats: sign options (+ - space), 'z' (3.11), fill/align/'=', zero padding, ',' and '_' grouping
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.5, -1.5, 1234567.891, -1234567.891, -0.0001, float("inf"), float("-inf"), float("nan")]
for spec in ["+", "-", " ", "+.2f", " .2f", "-.2f", "z", "z.2f", "z.1e", "+z.0f", " z.3g", "z%", "z.0%",
             "12", "<12", ">12", "^12", "=12", "*^12.2f", "0=12.2f", "012.2f", "+012.1f", " 012.1e",
             "#^14.0f", "_<12", "x>+12.3", "😀^12.1f", ",", "_", ",.2f", "_.3f", "015,.2f", "016_.1f",
             "020,e", ",g", ",.2%", "+,.0f", "=+15,.1f", "z015,.1f"]:
    print(repr(spec), [format(v, spec) for v in vals])

# z coerces negative zero after rounding
for v in (-0.0, -0.001, -0.004, -0.005, -0.5, -0.49, -1e-300, 0.0):
    print(repr(v), format(v, ".2f"), format(v, "z.2f"), format(v, "z.0f"), format(v, "z"), format(v, "z.1e"),
          format(v, "z.2g"), format(v, "z.0%"))

# grouping of large values and with padding
t(lambda: format(1e20, ",.0f"))
t(lambda: format(1e20, "_f"))
t(lambda: format(-12345.678, "0=+20,.3f"))
t(lambda: format(12345.678, "020,"))
t(lambda: format(12345.678, "020_"))
t(lambda: format(1.0, "010,.2f"))
t(lambda: format(1e16, ","))
t(lambda: format(123456.7, ",.9"))
t(lambda: format(0.000012345, ",f"))

# errors
t(lambda: format(1.5, ",_"))
t(lambda: format(1.5, "_,"))
t(lambda: format(1.5, "zz"))
t(lambda: format(1.5, "z="))
t(lambda: format(1.5, "=z"))
t(lambda: format(1.5, "+z+"))
t(lambda: format(1.5, "z,n"))
t(lambda: format(1.5, "0z"))
t(lambda: format(1.5, "#z.1f"))
t(lambda: format(-0.0, "z#.1f"))
t(lambda: format(1.5, ".1zf"))
t(lambda: format(1.5, "10000000000000000000000"))

# f-strings and str.format with nested specs
t(lambda: f"{-0.0:z}|{-0.0:+}|{0.0:+}|{-0.0: }|{-0.0:z+.1f}")
t(lambda: "{:{}{}{}.{}f}".format(-3.14159, "*", "=", 12, 3))
t(lambda: f"{3.14159:{'>'}{10}.{2}f}")
t(lambda: "{0:.2f} {0:.2e} {0:.2%} {0:g}".format(0.5))
t(lambda: "{:,}".format(1234.5) + " " + "{:_}".format(1234567.25))
t(lambda: "%+.2f|% .2f|%-8.1f|%08.2f|%+08.2f" % (1.0, 1.0, -2.0, -3.14159, 3.14159))
t(lambda: "%.2f" % -0.001)
