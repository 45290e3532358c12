# bytes/bytearray/memoryview .hex() with sep and bytes_per_sep, fromhex parsing, decode basics


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 37)) + b"\xff"
print(data.hex(), bytearray(data).hex(), memoryview(data).hex(), b"".hex(), b"\x00".hex())
for sep in [":", "-", " ", b"|", "\x00"]:
    print(repr(sep), repr(data.hex(sep)))
for n in [-8, -3, -2, -1, 0, 1, 2, 3, 4, 7, 8, 100]:
    print(n, repr(data.hex(":", n)), repr(bytearray(b"\x01\x02\x03\x04\x05").hex("_", n)))
print(repr(b"\xab\xcd".hex(sep="/", bytes_per_sep=1)), repr(memoryview(b"\x01\x02\x03").hex(".", -2)))
t(lambda: data.hex(""))
t(lambda: data.hex("::"))
t(lambda: data.hex("\xe9"))
t(lambda: data.hex("\U0001F600"))
t(lambda: data.hex(1))
t(lambda: data.hex(None))
t(lambda: data.hex(":", "2"))
t(lambda: data.hex(":", 1.0))
t(lambda: data.hex(":", 2**100))
t(lambda: data.hex(b"ab"))
print(repr(b"abc".hex(":", 0)), repr(b"a".hex(":", 5)))

# fromhex
for s in ["", "00", "ff", "FF", "deadBEEF", "de ad be ef", "  de  ad  ", "0a0b\t0c", "de\nad",
          "01 23 45 67 89 ab cd ef", "\x0b01", "\x0c02"]:
    t(lambda: bytes.fromhex(s))
for s in ["0", "abc", "0g", "zz", "0 0", "-1", "0x12", "12 3", "\xe9\xe9", "\U0001F600", "12\x00", "1 ",
          " 1", "12:34"]:
    t(lambda: bytes.fromhex(s))
print(bytearray.fromhex("c3 a9"), type(bytearray.fromhex("")).__name__, bytearray.fromhex("41").decode())
t(lambda: bytes.fromhex(b"00"))
t(lambda: bytes.fromhex(12))
t(lambda: bytes.fromhex())
t(lambda: bytearray.fromhex("g0"))
t(lambda: b"".fromhex("ab"))


class B(bytes):
    pass


r = B.fromhex("6869")
print(repr(r), type(r).__name__, bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(" ")) == data)
t(lambda: bytes.fromhex(data.hex(":")))

# decode defaults and keyword forms
b = "na\xefve \U0001F600 \u4e2d".encode()
print(repr(b.decode()), repr(b.decode("utf-8")), repr(b.decode(encoding="utf-8", errors="strict")))
print(repr(bytearray(b).decode("utf-8")), repr(b[:3].decode("utf-8", "replace")), repr(b[:3].decode("latin-1")))
print(repr(b.decode("ascii", "ignore")), repr(b.decode("ascii", "replace")), repr(b.decode("ascii", "backslashreplace")))
t(lambda: b.decode("ascii"))
t(lambda: b.decode(errors="bogus"))
print(repr(b"ok".decode("ascii", "bogus")))
t(lambda: b.decode("ascii", "bogus"))
t(lambda: b.decode(None))
t(lambda: b.decode("utf-8", None))
t(lambda: b.decode(foo="x"))
t(lambda: memoryview(b).decode())
