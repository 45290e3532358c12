# str.strip / lstrip / rstrip with default whitespace and explicit chars (ASCII, non-BMP)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ["  hello  ", "\t\n hello \r\x0b\x0c", "\u3000\xa0hello\u2029\x85", "hello", "", "   ",
           "\u200bhello\u200b", "\ufeffhello", "\x1c\x1d\x1e\x1fx\x1f", " a b c ", "\U0001F600 x \U0001F600"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("   None:", repr(s.strip(None)), repr(s.lstrip(None)), repr(s.rstrip(None)))

w = "xxyhelloyxyx"
for chars in ["x", "y", "xy", "yx", "xyz", "", "hello", "xyhelo", "abc", "xxxxxxxx"]:
    print(repr(chars), repr(w.strip(chars)), repr(w.lstrip(chars)), repr(w.rstrip(chars)))

e = "\U0001F600𝔘ab\U0001F600c𝔘\U0001F600"
print(repr(e.strip("\U0001F600")), repr(e.strip("\U0001F600𝔘")), repr(e.lstrip("𝔘\U0001F600a")))
print(repr(e.rstrip("𝔘\U0001F600c")), repr(e.strip("ab")), repr(e.strip("\U0001F601")))
print(repr("ééaéé".strip("é")), repr("中中a中".rstrip("中")), repr("\xff\u0100x\u0100\xff".strip("\xff\u0100")))
# chars are a set, not a prefix
print(repr("www.example.com".strip("cmowz.")), repr("abcba".strip("ab")), repr("aaaa".strip("a")))
print(repr("mississippi".rstrip("ipz")), repr("mississippi".lstrip("mis")))
# whitespace chars are not stripped when explicit chars given
print(repr("  x  ".strip("x")), repr("\tx\t".strip(" ")), repr("\n\nx".lstrip("\r")))
# strings that are all strippable
print(repr("\n\t ".strip()), repr("\n\t ".lstrip()), repr("\n\t ".rstrip()), repr("abab".strip("ba")))
# errors
t(lambda: "abc".strip(1))
t(lambda: "abc".strip(b"a"))
t(lambda: "abc".lstrip(["a"]))
t(lambda: "abc".rstrip("a", "b"))
t(lambda: "abc".strip(chars="a"))
t(lambda: str.strip(b" a "))
# result identity semantics: value equality only
s = "nochange"
print(s.strip() == s, s.strip("z") == s, type(s.strip()).__name__)


class S(str):
    pass


r = S("  sub  ").strip()
print(repr(r), type(r).__name__)
print(repr(S("xx").strip("x")), type(S("ab").lstrip()).__name__)
