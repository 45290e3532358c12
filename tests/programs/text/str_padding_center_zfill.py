# str.center / ljust / rjust / zfill: widths, fill characters (incl. non-BMP), fillchar errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["", "a", "ab", "abc", "abcd", "\U0001F600", "é中", "𝔘𝔘𝔘"]:
    row = []
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7]:
        row.append((s.center(w), s.ljust(w), s.rjust(w)))
    print(repr(s), row)
# center's placement of the odd extra pad depends on string length parity
for s in ["a", "ab", "abc", "abcd"]:
    print(repr(s), [s.center(w, "*") for w in range(len(s), len(s) + 5)])
print(repr("x".center(5, "\U0001F600")), repr("x".ljust(4, "𝔘")), repr("x".rjust(3, "é")), repr("x".center(4, "\x00")))
print(repr("\U0001F600".center(4, "-")), repr("中".ljust(3, "中")), repr("abc".center(9, " ")))
print(repr("a".center(5, "-")), repr("ab".center(7, "-")), repr("".center(3, "\U0010FFFF")))
t(lambda: "abc".center(5, "xy"))
t(lambda: "abc".center(5, ""))
t(lambda: "abc".ljust(5, "ab"))
t(lambda: "abc".rjust(5, 1))
t(lambda: "abc".center(5, b"x"))
t(lambda: "abc".center(5, None))
t(lambda: "abc".center("5"))
t(lambda: "abc".ljust(5.0))
t(lambda: "abc".rjust())
t(lambda: "abc".center(5, "-", "-"))
t(lambda: "abc".center(width=5))
t(lambda: "abc".center(2**100))
t(lambda: "abc".ljust(5, "\U0001F600\U0001F600"))
print(repr("abc".ljust(True, "x")), repr("abc".center(-2**40)))
t(lambda: "abc".center(-2**100))

# zfill: sign handling, non-digit content, widths
for s in ["", "1", "-1", "+1", "42", "-42", "+-3", "--3", "abc", "-abc", " 5", "3.14", "-0.5", "1e5",
          "\U0001F600", "-\U0001F600", "٣", "-", "+", "0x1f", "-inf"]:
    print(repr(s), [s.zfill(w) for w in [-1, 0, 1, 2, 3, 5, 8]])
t(lambda: "1".zfill("3"))
t(lambda: "1".zfill())
t(lambda: "1".zfill(3, 4))
t(lambda: "1".zfill(2**100))
print(repr("12".zfill(True)), repr("-12".zfill(6)), repr("+x".zfill(4)))


class S(str):
    pass


for name in ["center", "ljust", "rjust", "zfill"]:
    r1 = getattr(S("abc"), name)(2)
    r2 = getattr(S("abc"), name)(6)
    print(name, repr(r1), type(r1).__name__, repr(r2), type(r2).__name__)
