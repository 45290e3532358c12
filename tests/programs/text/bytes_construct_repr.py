# bytes()/bytearray() construction, repr, comparisons, concatenation, repetition, indexing


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes(), bytes(0), bytes(5), bytes([]), bytes([0, 65, 255]), bytes(range(250, 256)), bytes((1, 2)))
print(bytes(b"abc"), bytes(bytearray(b"xy")), bytes(memoryview(b"mv")), bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"))
print(bytes("abc", encoding="ascii"), bytes("\U0001F600", "utf-8", "strict"), bytes("a\xe9", "ascii", "ignore"))
print(bytes(x for x in [104, 105]), bytes({7: "a"}), bytes(iter([1, 2, 3])), bytes(True), bytes(False))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


print(bytes(Idx(3)), bytes([Idx(97), Idx(98)]), bytes(HasBytes()), bytearray(Idx(2)))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes([1, 2, 300]))
t(lambda: bytes([1.0]))
t(lambda: bytes(["a"]))
t(lambda: bytes([b"a"]))
t(lambda: bytes(-1))
t(lambda: bytes(1.5))
t(lambda: bytes("abc"))
t(lambda: bytes(b"abc", "utf-8"))
t(lambda: bytes(5, "utf-8"))
t(lambda: bytes("abc", errors="strict"))
t(lambda: bytes("\xe9", "ascii"))
t(lambda: bytes(None))
t(lambda: bytes(object()))
t(lambda: bytes([Idx(256)]))
t(lambda: bytearray([300]))
t(lambda: bytearray(-5))
t(lambda: bytearray("x"))
t(lambda: bytes(2**100))
print(bytes.fromhex("41"), type(bytes(bytearray())).__name__, bytearray(b"q"), bytearray(3), bytearray("\xe9", "utf-8"))

# repr of every byte value class
print(repr(bytes(range(0, 32))))
print(repr(bytes(range(32, 127))))
print(repr(bytes(range(127, 140))), repr(bytes([255, 254])))
for b in [b"'", b'"', b"'\"", b"\\", b"it's", b'say "x"', b"", b"\t\n\r", bytearray(b"'")]:
    print(repr(b), str(b), ascii(b))
# indexing gives ints, slicing gives bytes
b = b"Hello\xff"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, list(b), b[-100:2])
t(lambda: b[6])
t(lambda: b["0"])
print(len(b), 72 in b, b"ell" in b, b"" in b, 0 in b"\x00", 0 in b"", True in b"\x01")
t(lambda: 256 in b)
t(lambda: "H" in b)
t(lambda: -1 in b)
# comparisons
for x, y in [(b"a", b"b"), (b"a", b"a"), (b"a", b"ab"), (b"", b"\x00"), (b"\xff", b"\x00\x00"),
             (b"abc", bytearray(b"abc")), (bytearray(b"b"), b"a"), (b"A", b"a")]:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
print(b"a" == "a", b"a" != "a", b"1" == 1, bytearray(b"x") == memoryview(b"x"), b"x" == memoryview(b"x"))
t(lambda: b"a" < "a")
t(lambda: b"a" < 1)
t(lambda: bytearray(b"a") < "b")
# concatenation / repetition
print(b"ab" + b"cd", b"ab" + bytearray(b"!"), bytearray(b"ab") + b"cd", b"x" + memoryview(b"mv"), b"ab" * 3, 0 * b"ab", b"z" * -1)
print(bytearray(b"ab") * 2, 2 * bytearray(b"-"), type(b"" + bytearray()).__name__, type(bytearray() + b"").__name__)
t(lambda: b"a" + "b")
t(lambda: "a" + b"b")
t(lambda: b"a" + 1)
t(lambda: b"a" * 1.5)
t(lambda: b"a" * b"b")
t(lambda: bytearray(b"a") + "s")
t(lambda: b"a" * 2**100)
