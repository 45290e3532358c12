# bytes.maketrans / bytes.translate / bytearray.translate with tables, delete argument and errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tbl = bytes.maketrans(b"abc", b"xyz")
print(type(tbl).__name__, len(tbl), tbl[:100] == bytes(range(97)) + b"xyz", tbl[97:100], tbl[255])
print(bytes.maketrans(b"", b"") == bytes(range(256)), bytearray.maketrans(b"a", b"b")[97], type(bytearray.maketrans(b"", b"")).__name__)
print(bytes.maketrans(bytearray(b"\x00\xff"), memoryview(b"\xff\x00"))[:1], bytes.maketrans(b"aa", b"xy")[97])
t(lambda: bytes.maketrans(b"abc", b"xy"))
t(lambda: bytes.maketrans("abc", "xyz"))
t(lambda: bytes.maketrans(b"a", "x"))
t(lambda: bytes.maketrans(b"a"))
t(lambda: bytes.maketrans(97, 98))
t(lambda: bytes.maketrans(b"a", b"b", b"c"))
t(lambda: b"".maketrans(b"q", b"Q")[110:115])

data = b"abcabc hello \x00\xff"
print(data.translate(tbl), data.translate(tbl, b"l "), data.translate(None), data.translate(None, b"abc"))
print(data.translate(None, b""), data.translate(tbl, delete=b"\x00\xff"), data.translate(None, delete=bytearray(b"h")))
rev = bytes(range(255, -1, -1))
print(b"\x00\x01\xfe\xff".translate(rev), b"AZaz".translate(bytes.maketrans(b"AZaz", b"azAZ")))
upper_tbl = bytes.maketrans(bytes(range(97, 123)), bytes(range(65, 91)))
print(b"mixed Case 123".translate(upper_tbl), bytearray(b"abc").translate(upper_tbl), bytearray(b"abc").translate(None, b"b"))
ba = bytearray(b"keep")
r = ba.translate(None)
print(r, r is ba, type(r).__name__, ba.translate(tbl, b"e"))
t(lambda: data.translate(b"short"))
t(lambda: data.translate(bytes(257)))
t(lambda: data.translate("x" * 256))
t(lambda: data.translate({97: 98}))
t(lambda: data.translate(None, "a"))
t(lambda: data.translate(None, 97))
t(lambda: data.translate())
t(lambda: data.translate(tbl, b"a", b"b"))
t(lambda: data.translate(table=tbl))
t(lambda: bytearray(b"x").translate(b"\x00" * 255))
print(data.translate(bytearray(tbl)), data.translate(memoryview(tbl)))
# identity table and table-plus-delete equivalence
print(data.translate(bytes(range(256))) == data, data.translate(None, b"\x00\xff") == data.replace(b"\x00", b"").replace(b"\xff", b""))
# str.maketrans differs: result is a dict
print(type(str.maketrans("a", "b")).__name__, type(bytes.maketrans(b"a", b"b")).__name__)
t(lambda: "abc".translate(tbl))
print(repr("abc\xe9".translate(list(tbl.decode("latin-1")))), repr("a\u0100".translate(tbl)))
