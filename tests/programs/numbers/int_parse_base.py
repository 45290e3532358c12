# int(str, base): bases 2..36, base 0 prefixes, underscores, whitespace, signs, bytes input
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    s = digits[:base]
    print(base, int(s, base), int(s.upper(), base), int("-" + s[::-1], base), int("10", base))

# base 0: prefix determines base
for s in ["0", "00", "000", "0_0", "10", "0b101", "0B101", "0o17", "0O17", "0x1f", "0X1F",
          "-0x10", "+0b1", "  0x_ff  ", "0b_1_0", "1_000_000", "0x_dead_beef", "\t42\n",
          "010", "0_1", "00_0", "-0", "+0", "0o_7"]:
    t(lambda: int(s, 0))

# explicit base with matching prefixes allowed
t(lambda: int("0x1f", 16))
t(lambda: int("0X1F", 16))
t(lambda: int("0b11", 2))
t(lambda: int("0o17", 8))
t(lambda: int("0b11", 16))
t(lambda: int("0x1f", 36))
t(lambda: int("0b1", 36))
t(lambda: int("0o1", 36))
t(lambda: int("z", 36))
t(lambda: int("Z", 36))
t(lambda: int("zz_zz", 36))

# whitespace and signs
for s in ["  12", "12  ", " \t\n\r\x0b\x0c12\n", "+12", "-12", " - 12", "--12", "+-1",
          "\u00a012\u2003", "\u3000-7\u3000", "1 2", "1__2", "_12", "12_", "1_2_3"]:
    t(lambda: int(s))

# non-ASCII digits (Unicode decimal digits are accepted)
for s in ["\u0661\u0662\u0663", "\uff11\uff12", "\u0967\u0968", "𝟏𝟐", "١_٢"]:
    t(lambda: int(s))
t(lambda: int("\u0663", 16))
t(lambda: int("²"))
t(lambda: int("Ⅻ"))

# bytes / bytearray input
t(lambda: int(b"42"))
t(lambda: int(b" -0x1A ", 0))
t(lambda: int(bytearray(b"777"), 8))
t(lambda: int(b"1_0"))
t(lambda: int(memoryview(b"123")))

# base given as keyword / bool / index-able
t(lambda: int("11", base=3))
t(lambda: int("11", True + True))
t(lambda: int(x="11"))
t(lambda: int("ff", base=16.0))
t(lambda: int(base=10))

# long inputs
t(lambda: int("1" * 100, 2))
t(lambda: int("f" * 80, 16) == 16**80 - 1)
t(lambda: int("-" + "7" * 50, 8))
t(lambda: int("9" * 1000) == 10**1000 - 1)
t(lambda: int("0" * 5000 + "5"))
t(lambda: int("z" * 200, 36) == 36**200 - 1)
