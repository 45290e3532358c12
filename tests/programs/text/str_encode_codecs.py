# str.encode / bytes.decode with utf-8, ascii, latin-1, utf-16(-le/-be), utf-32(-le/-be) and aliases


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ["", "abc", "caf\xe9", "\xff\x00\x7f\x80", "\u4e2d\u6587", "\u20ac", "\U0001F600", "a𝔘b",
           "\uffff\U00010000\U0010FFFF", "\ufeff"]
codecs = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
for s in samples:
    print(repr(s))
    for c in codecs:
        b = s.encode(c)
        print("  ", c, b, len(b), b.decode(c) == s)
print("default", "é\U0001F600".encode(), "é".encode(encoding="utf-8"), "é".encode("utf-8", errors="strict"))
for name in ["UTF-8", "utf8", "UTF_8", "utf-8 ", "latin-1", "latin1", "iso-8859-1", "ISO8859-1", "Latin_1",
             "utf_16", "UTF-16LE", "utf_32_be", "UTF32"]:
    print(repr(name), "A\xe9".encode(name), b"A\xc3\xa9".decode("utf-8").encode(name) == "A\xe9".encode(name))
for name in ["ascii", "ASCII", "us-ascii", "US_ASCII"]:
    print(repr(name), "Az".encode(name), b"Az".decode(name))
for s in ["abc", "\xe9\xff", "\x00\x80"]:
    print(repr(s), s.encode("latin-1"), s.encode("latin-1").decode("latin-1") == s)
print("hello".encode("ascii"), "\x7f".encode("ascii"))

# decoding: BOM handling, odd lengths, invalid data
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), repr(b"\xff\xfea\x00".decode("utf-16-le")))
print(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), repr(b"\xef\xbb\xbfabc".decode("utf-8")), b"\xef\xbb\xbfabc".decode("utf-8-sig"))
print("abc".encode("utf-8-sig"), b"abc".decode("utf-8-sig"), "".encode("utf-8-sig"))
print(repr(b"\x3d\xd8\x00\xde".decode("utf-16-le")), repr(b"\xd8\x3d\xde\x00".decode("utf-16-be")))
t(lambda: b"a".decode("utf-16"))
t(lambda: b"abc".decode("utf-32"))
t(lambda: b"\x00\xd8".decode("utf-16-le"))
t(lambda: b"\x00\xdc\x00\x00".decode("utf-16-le"))
t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t(lambda: b"\xff".decode("utf-8"))
t(lambda: b"\xc3".decode("utf-8"))
t(lambda: b"\xc3(".decode("utf-8"))
t(lambda: b"\xe2\x82".decode("utf-8"))
t(lambda: b"\xed\xa0\x80".decode("utf-8"))
t(lambda: b"\xf4\x90\x80\x80".decode("utf-8"))
t(lambda: b"\xc0\x80".decode("utf-8"))
t(lambda: b"ok\x80".decode("ascii"))
t(lambda: b"x".decode("no-such-codec"))
t(lambda: "x".encode("no-such-codec"))
t(lambda: "x".encode(5))
t(lambda: "x".encode("utf-8", 5))
t(lambda: "x".encode(encoding=None))
t(lambda: b"x".decode("utf-8", "strict", 1))
print(b"\xe2\x82\xac".decode(), bytearray(b"\xc3\xa9").decode(), bytes(memoryview(b"ok")).decode("ascii"))
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"\xe9"), "latin-1"))
t(lambda: str("abc", "utf-8"))
t(lambda: str(b"\xff", "utf-8"))
print(repr(str(b"\xff", "utf-8", "replace")), repr(str(b"abc")))
