# str comparisons (code-point order), repr quoting rules, escapes of control/non-printable chars, ascii()


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


pairs = [("a", "b"), ("a", "a"), ("a", "ab"), ("", "a"), ("B", "a"), ("\xe9", "f"), ("\uffff", "\U00010000"),
         ("\U0001F600", "\U0001F601"), ("z", "\u4e2d"), ("\ud800", "\ue000"), ("ab\U0001F600", "ab\uffff"),
         ("abc", "abd"), ("\x00", ""), ("\x00", "\x01"), ("𝔘", "\U0001F600"), ("a\x00", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["b", "a", "B", "\xe9", "\U0001F600", "", "ab", "\u4e2d", "\uffff", "Z", "aa", "𝔘"]))
print(max("abc", "\U0001F600", "\uffff") == "\U0001F600", min(["\xff", "\u0100", "~"]))
t(lambda: "a" < 1)
t(lambda: "a" < b"a")
t(lambda: "a" >= None)
t(lambda: [1] > "a")
print("a" == b"a", "a" != 1, "1" == 1, ("a", 1) < ("a", 2), ["x", "\U0001F600"] > ["x", "z"])

# repr quoting
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "'", '"', "'\"", "back\\slash", "\\'", "",
          "tab\there", "nl\ncr\r", "\x00\x01\x07\x08\x0b\x0c\x1b\x1f", "\x7f\x80\x9f", "\xa0\xa1\xad\xff",
          "\u0100\u2028\u200b\ufeff\ufffd\uffff", "\ud800\udbff\udc00", "\U0001F600\U000E0001\U0010FFFF",
          "𝔘", "\U0001D173", "é\u0301", "中文", "\u0600\u061c"]:
    r = repr(s)
    print(r, ascii(s), eval(r) == s, eval(ascii(s)) == s)
print(repr(repr("'")), repr(str("x")), repr(ascii("\U0001F600")), ascii(["é", ("\U0001F600",)]))
print(ascii(1), ascii(None), ascii(b"\xff"), ascii({"k\xe9": "v\u4e2d"}), ascii(3.5))


class R:
    def __repr__(self):
        return "R<\xe9\U0001F600|\\x00>"


print(repr(R()), ascii(R()), str([R()]), ascii([R()]))


class BadRepr:
    def __repr__(self):
        return 42


t(lambda: repr(BadRepr()))
t(lambda: ascii(BadRepr()))
t(lambda: str(BadRepr()))
t(lambda: repr())
t(lambda: ascii(1, 2))
# str() of str subclasses and str() round trips
class S(str):
    def __repr__(self):
        return "S!"


s = S("val")
print(repr(s), str(s), type(str(s)).__name__, repr(str(s)), "%r" % s, f"{s!r}", [s])
print(str(), str(""), str(b"x", "ascii"), str(5), str(-0.0), str([1, "a"]))
t(lambda: str(1, "utf-8"))
t(lambda: str("a", errors="strict"))
t(lambda: str(object=5, encoding="x"))
