# int(): invalid literal messages, base errors, type errors, truncated messages for long inputs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", " ", "abc", "1.5", "1e5", "0x", "0b", "0b2", "0o8", "12a", "++1", "0x-1",
          "'1'", "1\x00", "1\n2", "None", "inf", "nan", "−1", "1,000", "0 x1"]:
    t(lambda: int(s))

for s, b in [("2", 2), ("8", 8), ("g", 16), ("0x1", 10), ("0b1", 10), ("0o7", 10),
             ("10", 0), ("0x", 16), ("0b", 2), ("0o", 8), ("0xg", 0), ("z", 35),
             ("-", 10), ("+", 16), ("_", 10), ("0_", 0), ("0x_", 16), ("1__0", 2),
             ("😀", 10), ("𝔘", 36), ("\u0663\u0664x", 10), ("ab\tcd", 16)]:
    t(lambda: int(s, b))

# messages include repr of the input, so quotes and escapes matter
t(lambda: int("it's"))
t(lambda: int('say "hi"'))
t(lambda: int("a\\b"))
t(lambda: int("tab\there"))
t(lambda: int("é"))
t(lambda: int(b"xyz"))
t(lambda: int(b"\xff"))
t(lambda: int(bytearray(b"1.0")))
t(lambda: int(b"", 16))

# long invalid literal message is truncated
t(lambda: int("x" * 300))
t(lambda: int("1" * 150 + "x" + "2" * 150))
t(lambda: int("y" * 199))
t(lambda: int("y" * 200))
t(lambda: int("y" * 201))

# bad bases
for b in (-1, 1, 37, 100, -(2**70), 2**70):
    t(lambda: int("1", b))
t(lambda: int("1", "10"))
t(lambda: int("1", None))
t(lambda: int("1", 2.5))

# explicit base with non-string
t(lambda: int(12, 10))
t(lambda: int(12.5, 10))
t(lambda: int(None, 10))
t(lambda: int([1], 2))
t(lambda: int(b"12", 10))

# wrong types without base
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int((1,)))
t(lambda: int({}))
t(lambda: int(1j))
t(lambda: int(type))
t(lambda: int("1", 10, 5))
t(lambda: int("1", base=10, x=5))
t(lambda: int())
