# format() spec mini-language applied to str, int, float, bool (fill, align, sign, #, 0, grouping, types)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in ["", "10", "<10", ">10", "^10", "^9", "*^10", "\U0001F600>6", "0>5", ".2", "10.3", "<3.1", "s",
             ">1", "^2", " ^5", "{^5"]:
    print(repr(spec), repr(format("abc\xe9", spec)), repr(format("", spec)))
for bad in ["=10", "+", "-5", " ", "#", "010", ",", "_", "d", "x", "10.2f", "z", ">>5", ".", "10."]:
    t(lambda: format("abc", bad))

ints = [0, 7, -7, 255, -255, 123456789, -2**40, True]
for spec in ["", "d", "5", "<5", "^6", "=+6", "+", "-", " ", "05", "+05", "x", "X", "#x", "#X", "#o", "o",
             "b", "#b", "#010b", "c", ",", "_", "_x", "_b", ",d", "e", ".2f", "%", "n", "g", "=10", "*>+8,",
             "#_o", "08,"]:
    out = []
    for i in ints:
        try:
            out.append(format(i, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
for bad in [".2", "s", ",b", ",x", "_c", "+c", "#c", "z", "10.0d", ",_"]:
    t(lambda: format(5, bad))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
print(repr(format(0x1F600, "c")), repr(format(65, "^5c")))

floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("-inf"), float("nan")]
for spec in ["", "f", ".0f", ".3f", "e", ".2E", "g", ".3g", "G", "%", ".1%", "+.1f", " .1f", "010.2f",
             "<10.1f", "^+12.2e", ",.2f", "_.1f", "#.0f", "#g", ".0e", "z.1f", "n", "=+10.1f", ">8"]:
    out = []
    for x in floats:
        try:
            out.append(format(x, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
for bad in ["d", "x", "c", "s", "b", ",_f", "=", ".f"]:
    t(lambda: format(1.5, bad))
print(repr(format(True, "")), repr(format(False, "d")), repr(format(True, ">5")), repr(format(True, "x")))
t(lambda: format(True, "s"))
print(repr(format(12345678901234567890, ",")), repr(format(-12345678901234567890, "_x")))
print(repr(format(1234.5, "")), repr(format(1e16, "")), repr(format(1.0, "")), repr(format(1e-5, "")))
