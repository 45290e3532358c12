# str.partition / str.rpartition: found, not found, at edges, non-BMP separators, errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "key=value=more"
for sep in ["=", "key", "more", "key=value=more", "x", "==", "e", "y=v", "\U0001F600", s + "!"]:
    p = s.partition(sep)
    r = s.rpartition(sep)
    print(repr(sep), p, r, "".join(p) == s, "".join(r) == s)

for src in ["", "=", "==", "a=", "=a", "a==b", "\U0001F600=\U0001F600", "𝔘𝔘𝔘"]:
    print(repr(src), src.partition("="), src.rpartition("="), src.partition("𝔘"), src.rpartition("𝔘"))

e = "a\U0001F600b\U0001F600c"
print(e.partition("\U0001F600"), e.rpartition("\U0001F600"))
print(e.partition("b\U0001F600"), e.rpartition("\U0001F600b"))
print("héllo wörld".partition("ö"), "héllo wörld".rpartition("l"), "中文中文".rpartition("中"))
print("aaaa".partition("aa"), "aaaa".rpartition("aa"), "aaa".rpartition("aa"))
print("path/to/file.tar.gz".rpartition("."), "path/to/file.tar.gz".partition("."))
print("path/to/file".rpartition("/")[2], "noslash".rpartition("/"), "noslash".partition("/"))
# the result is always a 3-tuple of str
r = "abc".partition("b")
print(type(r).__name__, len(r), [type(x).__name__ for x in r])


class S(str):
    pass


r = S("a-b").partition("-")
print(r, [type(x).__name__ for x in r])
r = S("ab").partition("-")
print(r, [type(x).__name__ for x in r])
# errors
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(""))
t(lambda: "abc".partition(None))
t(lambda: "abc".partition(1))
t(lambda: "abc".rpartition(b"b"))
t(lambda: "abc".partition())
t(lambda: "abc".partition("a", "b"))
t(lambda: "abc".rpartition(sep="b"))
t(lambda: str.partition(b"abc", "b"))
# bytes / bytearray variants
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="))
print(bytearray(b"k=v").partition(b"="), bytearray(b"kv").rpartition(bytearray(b"=")))
r = b"a.b".partition(memoryview(b"."))
print(r[0], r[2], [type(x).__name__ for x in r], bytes(r[1]))
print(b"a.b".rpartition(bytearray(b".")), bytearray(b"a.b").partition(b"."))
t(lambda: b"abc".partition(b""))
t(lambda: b"abc".partition("b"))
t(lambda: b"abc".partition(98))
t(lambda: bytearray(b"abc").rpartition(None))
t(lambda: bytearray(b"abc").rpartition(b""))
