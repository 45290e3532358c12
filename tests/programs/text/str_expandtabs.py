# str.expandtabs (and bytes/bytearray.expandtabs): tab sizes, column resets at newlines, errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ["\t", "a\tb", "ab\tcd\tef", "abcdefgh\ti", "abcdefghi\tj", "\t\t", "a\t\tb", "x\ny\tz",
           "12345\t\r1\t", "\U0001F600\t|", "é中\t|", "", "no tabs", "\n\t", "a\x0b\tb", "a\x0c\tb",
           "a\u2028\tb", "a\x85\tb", "tab\t\tend\t"]
for s in samples:
    row = [s.expandtabs()]
    for size in [-3, 0, 1, 2, 3, 4, 5, 8, 9]:
        row.append(s.expandtabs(size))
    print(repr(s), row)
print(repr("a\tb".expandtabs(tabsize=4)), repr("a\tb".expandtabs(True)), repr("a\tb".expandtabs(False)))
# column counting is in code points
print(repr("\U0001F600\U0001F600\U0001F600\tx".expandtabs(4)), repr("𝔘\t𝔘𝔘\t𝔘".expandtabs(3)))
# only \n and \r reset the column
for sep in ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028"]:
    s = "abc" + sep + "d\te"
    print(repr(sep), repr(s.expandtabs(4)))
print(len(("\t" * 10).expandtabs(100)), len(("a\t" * 5).expandtabs(16)))
t(lambda: "a\tb".expandtabs(2.0))
t(lambda: "a\tb".expandtabs("4"))
t(lambda: "a\tb".expandtabs(None))
t(lambda: "a\tb".expandtabs(4, 4))
t(lambda: "a\tb".expandtabs(size=4))
t(lambda: "a\tb".expandtabs(2**100))
t(lambda: "\t".expandtabs(2**31))
print(repr("no tab".expandtabs(2**31 - 1)), repr("a\nb".expandtabs(-2**31)))

# bytes / bytearray
for b in [b"a\tb", b"ab\tcd\tef", b"x\ny\tz", b"\r\t", b"\xff\t.", b""]:
    print(repr(b), b.expandtabs(), b.expandtabs(4), b.expandtabs(0), bytearray(b).expandtabs(3))
print(b"a\tb".expandtabs(tabsize=2), type(bytearray(b"\t").expandtabs()).__name__)
t(lambda: b"a\tb".expandtabs(2.5))
t(lambda: bytearray(b"a\tb").expandtabs("x"))
print(repr("\t".expandtabs(-1)), repr(b"\t".expandtabs(-8)))
