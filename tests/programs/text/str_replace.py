# str.replace: count argument, empty old, overlapping patterns, non-BMP, width changes, errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "one two one two one"
for count in [None, -5, -1, 0, 1, 2, 3, 4, 100]:
    if count is None:
        print(count, repr(s.replace("one", "1")))
    else:
        print(count, repr(s.replace("one", "1", count)), repr(s.replace("", "_", count) if count < 50 else "big"))
print(repr(s.replace("one", "")), repr(s.replace("o", "oo")), repr(s.replace(" ", "")))
print(repr(s.replace("xyz", "abc")), repr(s.replace(s, "whole")), repr(s.replace(s + "!", "x")))
# empty old inserts between every code point
for src in ["", "a", "ab", "\U0001F600𝔘", "é中"]:
    print(repr(src), repr(src.replace("", "-")), repr(src.replace("", "-", 1)), repr(src.replace("", "")))
print(repr("".replace("", "x")), repr("".replace("a", "b")), repr("".replace("", "x", 0)))
# overlapping and repeated patterns
print(repr("aaaa".replace("aa", "b")), repr("aaaaa".replace("aa", "b")), repr("aaa".replace("a", "aa")))
print(repr("abababa".replace("aba", "X")), repr("abcabc".replace("abc", "abcabc", 1)))
# width changes: ASCII -> non-BMP, non-BMP -> ASCII
print(repr("a-b-c".replace("-", "\U0001F600")), repr("a\U0001F600b".replace("\U0001F600", "-")))
print(repr("xéx".replace("é", "e")), repr("x中x".replace("x", "\U0010FFFF")), repr("𝔘𝔘".replace("𝔘", "U", 1)))
print(repr("\u00ff\u0100".replace("\u0100", "\u00ff")), repr("é".replace("e", "E")))
w = "\U0001F600" * 3
print(len(w.replace("\U0001F600", "ab")), repr(w.replace("\U0001F600\U0001F600", "x")))
# case-sensitive
print(repr("Hello hello HELLO".replace("hello", "bye")), repr("ßSS".replace("ss", "x")))
# keyword arguments are not accepted in 3.11
t(lambda: "abc".replace(old="a", new="b"))
t(lambda: "abc".replace("a", "b", count=1))
t(lambda: "abc".replace("a"))
t(lambda: "abc".replace())
t(lambda: "abc".replace("a", "b", 1, 2))
t(lambda: "abc".replace(1, "b"))
t(lambda: "abc".replace("a", 2))
t(lambda: "abc".replace("a", None))
t(lambda: "abc".replace(b"a", "b"))
t(lambda: "abc".replace("a", "b", 1.0))
t(lambda: "abc".replace("a", "b", "1"))
t(lambda: "abc".replace("a", "b", None))
t(lambda: "abc".replace("a", "b", 2**100))
print(repr("abc".replace("a", "b", True)), repr("abc".replace("a", "b", False)))


class S(str):
    pass


r = S("abc").replace("x", "y")
print(repr(r), type(r).__name__, type(S("abc").replace("a", "y")).__name__)
# bytes.replace mirrors str semantics
print(b"aXbXc".replace(b"X", b"--"), b"aXbXc".replace(b"X", b"", 1), b"ab".replace(b"", b"."))
print(bytearray(b"aaa").replace(b"a", b"bb", 2), b"abc".replace(bytearray(b"b"), memoryview(b"B")))
t(lambda: b"abc".replace("a", b"b"))
t(lambda: b"abc".replace(b"a", 1))
