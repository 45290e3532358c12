# format() of ints: fill/align (< > ^ =), width, ',' and '_' grouping per base, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 7, -7, 1234, -1234, 1234567, -1234567890, 10**20, -(2**40)]
for spec in ["10", "<10", ">10", "^10", "=10", "*<10", "*>10", "*^10", "*=10", "0=10",
             "_^11", "+^10", "-=10", " =10", "+010", "x<+9", "😀>8", "𝔘^9", "0<6", "0^7"]:
    print(repr(spec), [format(v, spec) for v in vals])

for spec in [",", "_", ",d", "_d", "+,", "015,", "015_", "020,d", "<15,", "=+15,", "_b", "_o",
             "_x", "_X", "#_x", "#_b", "#015_x", "#020_b", "012_o", "<12_x", "09,"]:
    print(repr(spec), [format(v, spec) for v in (0, 255, -65535, 1234567, 2**40 - 1, -(10**12))])

# zero padding with grouping inserts separators in padding
t(lambda: format(1, "010,"))
t(lambda: format(1, "011,"))
t(lambda: format(-1, "010_"))
t(lambda: format(1, "010_x"))
t(lambda: format(1, "#012_b"))
t(lambda: format(123, "0=+12,"))
t(lambda: format(123, "x=+12,"))

# '=' alignment puts padding after sign/prefix
t(lambda: format(-42, "=8"))
t(lambda: format(42, "#=10x"))
t(lambda: format(-42, "*=#10x"))
t(lambda: format(42, " =+8"))

# errors
t(lambda: format(1, ",_"))
t(lambda: format(1, "_,"))
t(lambda: format(1, ",,"))
t(lambda: format(1, "__"))
t(lambda: format(1, ",x"))
t(lambda: format(1, ",b"))
t(lambda: format(1, ",o"))
t(lambda: format(1, ",X"))
t(lambda: format(1, "_c"))
t(lambda: format(1, "_n"))
t(lambda: format(1, "<<10"))
t(lambda: format(1, "10<"))
t(lambda: format(1, "+-d"))
t(lambda: format(1, "99999999999999999999"))
t(lambda: format(1, ".d"))
t(lambda: format(1, "{"))
t(lambda: format(1, "}>5"))
t(lambda: "{:}>5}".format(1))
t(lambda: "{:{}>5}".format(1, "}"))
t(lambda: "{:{}^{}}".format(1, "*", 7))
t(lambda: "{0:{fill}{align}{width},}".format(-1234567, fill="~", align="=", width=14))
t(lambda: f"{1234567:_}|{1234567:,}|{0x1234567:_x}|{-255:_b}")
t(lambda: f"{12345:>{10},}")
t(lambda: format(10**25, "^40,"))
t(lambda: format(-(10**25), "_^40"))
