cases = ["12", " -7 ", "+3", "1_000", "0x1f", "-0x1f", "0b11", "0o17", "017", "0", "00", "0_0", "1__0", "_1", "1_", "", " ", "abc", "٣٤", "1e3", "12345678901234567890123456789"]
for c in cases:
    for base in (10, 0, 16, 2, 36):
        try: r = int(c, base)
        except ValueError as e: r = "VE " + str(e)
        print(repr(c), base, r)
    try: r = int(c)
    except ValueError as e: r = "VE " + str(e)
    print(repr(c), r)
fl = ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "1_000.5", "1__0", "1e", ".5", "5.", "abc", "", "1_", "0x10", "٣.٥", "1e400", "+.e1"]
for c in fl:
    try: r = float(c)
    except ValueError as e: r = "VE " + str(e)
    print(repr(c), r)
for t in ["int(1.5)", "int(-2.9)", "int(float('inf'))", "int(float('nan'))", "int('5', 1)", "int(5, 10)", "int(b'12')", "int(True)", "float(True)", "int([])", "float([])", "int('10', base=2)"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
class I:
    def __index__(self): return 7
class T:
    def __int__(self): return 4
    def __float__(self): return 2.5
print(int(T()), float(T()), float(I()), int(I()))
