# bytes/bytearray center/ljust/rjust/zfill (fillbyte errors), replace with count, join


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [b"", b"a", b"ab", b"abc", b"\xff\x00"]:
    print(v, [(v.center(w), v.ljust(w, b"*"), v.rjust(w, b"\xff")) for w in [-1, 0, 2, 3, 4, 5]])
for v in [b"a", b"ab", b"abc", b"abcd"]:
    print(v, [v.center(w, b"-") for w in range(len(v), len(v) + 5)])
ba = bytearray(b"mid")
print(ba.center(7, b"="), ba.ljust(5), ba.rjust(6, bytearray(b"#")), type(ba.center(1)).__name__, ba)
t(lambda: b"abc".center(5, b"xy"))
t(lambda: b"abc".center(5, b""))
t(lambda: b"abc".center(5, "x"))
t(lambda: b"abc".ljust(5, 32))
t(lambda: b"abc".rjust(5, bytearray(b"ab")))
t(lambda: b"abc".center(5, memoryview(b"x")))
t(lambda: b"abc".center("5"))
t(lambda: b"abc".ljust())
t(lambda: bytearray(b"abc").center(5, "x"))
t(lambda: b"abc".center(2**100))
for v in [b"", b"1", b"-1", b"+1", b"42", b"-42", b"abc", b"-", b"+-1", b"\xff", b" 7"]:
    print(v, [v.zfill(w) for w in [-1, 0, 1, 3, 6]])
print(bytearray(b"-5").zfill(4), type(bytearray(b"7").zfill(1)).__name__)
t(lambda: b"1".zfill(b"3"))
t(lambda: b"1".zfill())

# replace
s = b"one two one two one"
for count in [-1, 0, 1, 2, 3, 100]:
    print(count, s.replace(b"one", b"1", count), s.replace(b"", b"_", count)[:14])
print(s.replace(b"one", b""), s.replace(b"o", b"oo"), s.replace(b"zz", b"x"), b"".replace(b"", b"x"), b"aaa".replace(b"a", b"aa"))
print(bytearray(b"abab").replace(b"ab", b"X"), bytearray(b"xyz").replace(bytearray(b"y"), memoryview(b"YY")))
t(lambda: b"abc".replace("a", b"x"))
t(lambda: b"abc".replace(b"a", "x"))
t(lambda: b"abc".replace(97, b"x"))
t(lambda: b"abc".replace(b"a"))
t(lambda: b"abc".replace(b"a", b"b", "1"))
t(lambda: b"abc".replace(b"a", b"b", count=1))

# join
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join(x for x in [b"p", b"q"]))
print(bytearray(b"+").join([b"1", b"2"]), type(bytearray(b"").join([])).__name__, b"\x00".join([b"\xff"] * 3))
print(b"ab".join(b"xyz" for _ in range(0)), b"sep".join([b""]), b"-".join(iter([b"only"])))
t(lambda: b",".join([b"a", "b"]))
t(lambda: b",".join(["a"]))
t(lambda: b",".join([b"a", b"b", 3]))
t(lambda: b",".join([b"a", None]))
t(lambda: b",".join(5))
t(lambda: b",".join(b"abc"))
t(lambda: b",".join())
t(lambda: bytearray(b",").join([b"a", [1]]))
