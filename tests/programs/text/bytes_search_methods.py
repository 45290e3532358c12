# bytes/bytearray count/find/rfind/index/rindex/in with int and bytes-like arguments and bounds


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"abracadabra\x00\xff\xffa"
for sub in [b"a", 97, b"abra", b"", b"\xff", 255, 0, b"\x00\xff", b"zz", 122, bytearray(b"ra"),
            memoryview(b"cad"), True, b"a" * 20]:
    show = sub if isinstance(sub, (int, bytes)) else bytes(sub)
    print(repr(show), b.count(sub), b.find(sub), b.rfind(sub), sub in b)
for sub in [b"a", 97, b"bra", b"\x00"]:
    print(b.index(sub), b.rindex(sub), b.index(sub, 4), b.rindex(sub, 0, 12), b.count(sub, 2, -2))
bounds = [None, -100, -5, -1, 0, 3, 11, 15, 16, 100]
for a in bounds:
    print(a, [(b.find(97, a, c), b.rfind(b"ab", a, c), b.count(b"a", a, c)) for c in bounds])
t(lambda: b.index(b"zz"))
t(lambda: b.rindex(122))
t(lambda: b.index(97, 15, 1))
t(lambda: b.find(256))
t(lambda: b.find(-1))
t(lambda: b.count(300))
t(lambda: b.index(-5))
t(lambda: b.find("a"))
t(lambda: b.count("a"))
t(lambda: b.rfind(1.0))
t(lambda: b.find([97]))
t(lambda: b.find(None))
t(lambda: b.find(b"a", "1"))
t(lambda: b.find())
t(lambda: b.count(b"a", 0, 1, 2))
t(lambda: b.rindex(b"a", start=1))
print(b.find(b"a", 2**100), b.rfind(b"a", -2**100, 2**100), b.count(b"", 3, 5), b.count(b""), b.find(b"", 16), b.find(b"", 17))


class Idx:
    def __index__(self):
        return 98


print(b.find(Idx()), b.count(Idx()), Idx() in b, b.index(Idx(), 2))
ba = bytearray(b)
print(ba.count(b"a"), ba.find(97), ba.rfind(b"\xff"), ba.index(b"cad"), ba.rindex(255), 0 in ba, b"bra" in ba)
t(lambda: ba.index(b"q"))
t(lambda: ba.find(999))
t(lambda: "a" in ba)
t(lambda: 1.5 in b)
t(lambda: [1] in b)
print(b"" in b"", b"" in bytearray(), bytearray(b"ab") in b"xaby", memoryview(b"by") in b"xaby")
# overlapping counts
print(b"aaaa".count(b"aa"), b"aaaa".find(b"aa", 1), b"aaaa".rfind(b"aa"), bytearray(b"\x00\x00\x00").count(0))
# long haystack
big = b"xy" * 500 + b"needle" + b"xy" * 500
print(big.find(b"needle"), big.rfind(b"xy"), big.count(b"yx"), big.index(b"dle"), big.count(ord("e")))
