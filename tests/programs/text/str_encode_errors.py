# encode/decode error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, ...)
# and the exact UnicodeEncodeError / UnicodeDecodeError messages and attributes


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = "a\xe9\u4e2d\U0001F600z\xff\x80"
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t(lambda: text.encode(enc, h))
# surrogates cannot be encoded by the UTF codecs in strict mode
lone = "x\ud800y\udfffz"
for enc in ["utf-8", "utf-16-le", "utf-32-le", "ascii", "latin-1"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogatepass"]:
        t(lambda: lone.encode(enc, h))
print("a\udc80\udcffb".encode("utf-8", "surrogateescape"), "a\udc80".encode("ascii", "surrogateescape"))
t(lambda: "a\ud800".encode("utf-8", "surrogateescape"))
t(lambda: "abc".encode("ascii", "no-such-handler"))
print("abc".encode("ascii", "no-such-handler"))
t(lambda: "ab\xe9".encode("ascii", "no-such-handler"))
# exception attributes
for s, enc in [("ab\xe9cd", "ascii"), ("\u4e2d\u6587x", "latin-1"), ("ok\U0001F600\U0001F601", "ascii"),
               ("\ud800", "utf-8"), ("x\ud800\ud801y", "utf-16")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, "|", e.encoding, e.start, e.end, e.reason, repr(e.object), "|", str(e))
        print("  args:", repr(e.args), isinstance(e, UnicodeError), isinstance(e, ValueError))
# decode handlers
data = b"a\xff\xc3\xa9\xe2\x82b\x80\xf0\x9f\x98\x80z"
for enc in ["ascii", "utf-8", "latin-1", "utf-16-le"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        t(lambda: data.decode(enc, h))
t(lambda: data.decode("utf-8", "xmlcharrefreplace"))
for b, enc in [(b"ab\xffcd", "utf-8"), (b"\x80\x81", "ascii"), (b"\xe2\x82", "utf-8"), (b"\xf0\x9f\x98", "utf-8"),
               (b"abc", "utf-16-le")]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, "|", e.encoding, e.start, e.end, e.reason, repr(e.object), "|", str(e))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), "\ud800".encode("utf-8", "surrogatepass"))
print(repr(b"a\x80".decode("utf-8", errors="surrogateescape").encode("utf-8", "surrogateescape")))
print(repr(bytearray(b"\xff\xfe").decode("latin-1")), repr(b"\xff".decode("ascii", "replace")))
print(repr("\U0001F600".encode("ascii", "replace")), repr("\u20ac".encode("latin-1", "backslashreplace")))
print(repr("\x80\xff".encode("ascii", "backslashreplace")), repr("\U0010FFFF".encode("ascii", "xmlcharrefreplace")))
