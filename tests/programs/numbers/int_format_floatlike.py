# format() of ints with float presentation types e E f F g G % (converted to float), precision, overflow
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, 123456789, -987654321, 10**15, 10**16, 2**53 + 1, 10**22, -(10**30), True]
for spec in ["e", "E", "f", "F", "g", "G", "%", ".2e", ".0e", ".3f", ".0f", ".3g", ".0g",
             ".1%", "#.0f", "#.0e", "#g", "#.3g", "+.1f", " e", ",.2f", "_.1f", "15.3e",
             "<12.1f", "^14g", "015.2f", "015,.1f", ".20g", ".17e"]:
    print(repr(spec), [format(v, spec) for v in vals])

# ints too large for float
t(lambda: format(10**400, "e"))
t(lambda: format(10**400, "f"))
t(lambda: format(10**400, "g"))
t(lambda: format(-(10**400), "%"))
t(lambda: format(10**400, "d")[:5])
t(lambda: format(2**1023, ".3e"))
t(lambda: format(2**1024, ".3e"))

# 'z' is only for float presentation types; ints never produce -0
t(lambda: format(0, "z.1f"))
t(lambda: format(-0, "z.1f"))
t(lambda: format(0, "ze"))

# precision limits
t(lambda: format(1, ".50f"))
t(lambda: format(1, ".100e")[:20])
t(lambda: format(3, ".2147483648f"))
t(lambda: format(3, ".99999999999999999999f"))

# %-style with float conversions of ints
t(lambda: "%e" % 12345)
t(lambda: "%.2f" % 7)
t(lambda: "%g" % 10**20)
t(lambda: "%G" % 123456789)
t(lambda: "%10.3E|%-10.1f|" % (-5, 5))
t(lambda: "%f" % 10**400)
t(lambda: "%.1f%%" % 50)

# str.format and f-strings
t(lambda: "{:.3e}|{:,.2f}|{:.0%}".format(12345, 1234567, 1))
t(lambda: f"{42:.2f}|{-42:e}|{42:g}|{42:G}|{42:%}")
t(lambda: f"{10**16:g}|{10**16:.16g}|{10**16 + 1:.17g}")
