# printf-style str % formatting: every conversion type, flags, width/precision (incl. '*')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class R:
    def __repr__(self):
        return "R\xe9pr\U0001F600"

    def __str__(self):
        return "Str"


vals_s = ["abc", "\xe9\U0001F600", "", 42, 3.5, None, [1, "x"], R(), b"by", ("tuple",)]
for v in vals_s:
    print(repr("%s|%r|%a" % (v, v, v)))
for conv in "diuoxXeEfFgGc":
    row = []
    for v in [0, 7, -7, 255, 65, 3.75, -0.5, True, 2**70]:
        try:
            row.append(("%" + conv) % v)
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(conv, row)
for spec in ["%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+5d|", "%#o", "%#x", "%#X", "%#5x", "%#05x",
             "%.3d", "%8.3d", "%-8.3x|", "%+.2d", "% 06d", "%x", "%o"]:
    print(spec, repr(spec % 42), repr(spec % -42), repr(spec % 0))
for spec in ["%f", "%.2f", "%10.3f", "%-10.1f|", "%010.2f", "%+.1e", "%#.0f", "%#.0e", "%g", "%#g", "%.3g",
             "%G", "%E", "% .2F", "%.0f", "%.20f", "%12.4e", "%.1f%%"]:
    print(spec, [spec % v for v in [1234.5678, -0.001, 0.0, -0.0, 1e20, float("inf"), float("-inf"), float("nan")]])
for spec in ["%c", "%5c", "%-3c|", "%c%c"]:
    t(lambda: spec % (("A", 0x1F600) if spec == "%c%c" else "\u4e2d"))
print(repr("%c" % 0), repr("%c" % 0x10FFFF), repr("%c" % "\U0001F600"), repr("%3c" % 97))
# width and precision for strings
for spec in ["%10s|", "%-10s|", "%.2s|", "%5.1s|", "%-5.3s|", "%.0s|", "%10r|", "%.4r|", "%.5a|", "%3s|"]:
    print(spec, repr(spec % "\U0001F600bcdef"), repr(spec % "xy"))
# star width/precision
print(repr("%*d" % (6, 42)), repr("%-*d|" % (6, 42)), repr("%.*f" % (2, 3.14159)), repr("%*.*f" % (9, 3, 2.5)))
print(repr("%*s|" % (-6, "ab")), repr("%.*s" % (1, "xyz")), repr("%*c|" % (3, "z")), repr("%.*s" % (-1, "abc")))
# %% and literal text
print(repr("100%%"  % ()), repr("%d%%" % 5), repr("%%s %s" % "x"), repr("a%%b%%c" % ()), repr("%s" % "%"))
# single non-tuple argument vs tuple
print(repr("%s" % (1,)), repr("%s" % [1, 2]), repr("%s %s" % ("a", "b")), repr("%s" % ((1, 2),)))
# int-like objects for %d and %x, floats for %d, bools
class Idx:
    def __index__(self):
        return 26


class Int:
    def __int__(self):
        return 9


print(repr("%x %o %d" % (Idx(), Idx(), Idx())), repr("%d" % 3.99), repr("%d" % -3.99), repr("%i" % True))
t(lambda: "%d" % Int())
t(lambda: "%x" % 3.0)
t(lambda: "%f" % Idx())
print(repr("%f %e" % (5, 5)), repr("%.3f" % True), repr("%s" % 2**100), repr("%x" % -255))
