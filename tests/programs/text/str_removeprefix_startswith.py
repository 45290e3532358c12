# removeprefix/removesuffix and startswith/endswith with tuples, start/end bounds, non-BMP, errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "\U0001F600prefix-body-suffix𝔘"
for p in ["", "\U0001F600", "\U0001F600pre", "pre", s, s + "x", "\U0001F601"]:
    print(repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))
for p in ["𝔘", "suffix𝔘", "suffix", "", s]:
    print(repr(p), repr(s.removesuffix(p)), repr(s.removeprefix(p)))
print(repr("aaa".removeprefix("a")), repr("aaa".removesuffix("aa")), repr("".removeprefix("")), repr("".removesuffix("x")))
print(repr("abc".removeprefix("abc")), repr("abc".removesuffix("abc")), repr("abab".removeprefix("ab")))
t(lambda: "abc".removeprefix(None))
t(lambda: "abc".removeprefix(("a",)))
t(lambda: "abc".removesuffix(b"c"))
t(lambda: "abc".removeprefix())
t(lambda: "abc".removesuffix("a", "b"))
t(lambda: "abc".removeprefix(prefix="a"))


class S(str):
    pass


r1, r2 = S("abc").removeprefix("x"), S("abc").removeprefix("a")
print(repr(r1), type(r1).__name__, repr(r2), type(r2).__name__)

w = "hello world"
for arg in ["hello", "world", "", "h", "hello world!", ("x", "he"), ("x", "y"), (), ("", "z"), ("wor", "world")]:
    print(repr(arg), w.startswith(arg), w.endswith(arg))
bounds = [None, -100, -5, -1, 0, 1, 5, 6, 11, 12, 100]
for a in bounds:
    print(a, [w.startswith("wor", a, b) for b in bounds])
    print(a, [w.endswith("lo", a, b) for b in bounds])
    print(a, [w.startswith("", a, b) for b in bounds])
print(w.startswith(("o", "w"), 6), w.endswith(("hel", "xyz"), 0, 3), w.startswith("o", -5, -3))
print("".startswith(""), "".endswith(""), "".startswith("", 1), "".endswith("", 0, 0), "a".endswith("", 2))
e = "\U0001F600a𝔘b\U0001F600"
print(e.startswith("a", 1), e.startswith("𝔘", 2), e.endswith("b", 0, 4), e.endswith("\U0001F600", -1), e.startswith(("a", "𝔘b"), 2))
t(lambda: w.startswith(["hello"]))
t(lambda: w.startswith(("hello", 1)))
t(lambda: w.endswith(1))
t(lambda: w.endswith(b"d"))
t(lambda: w.startswith(None))
t(lambda: w.startswith("h", "0"))
t(lambda: w.startswith("h", 0, 1.0))
t(lambda: w.startswith())
t(lambda: w.endswith("d", 0, 1, 2))
t(lambda: w.startswith(prefix="h"))
t(lambda: w.endswith(("d", ["d"])))
t(lambda: w.startswith((("h",),)))
print(w.startswith(("h", 1)), w.startswith("h", 2**100), w.endswith("d", -2**100, 2**100))
# bytes versions
b = b"hello world"
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.startswith(bytearray(b"hello"), 0, 5), b.endswith(memoryview(b"o"), 0, 5))
print(bytearray(b"abc").startswith(b"a"), bytearray(b"abc").endswith((b"c",)), b.startswith(b"", 11), b.startswith(b"", 12))
print(b.removeprefix(b"hello "), b.removesuffix(b"world"), bytearray(b"xyz").removeprefix(b"x"), b.removeprefix(b"zz"))
t(lambda: b.startswith("he"))
t(lambda: b.startswith(104))
t(lambda: b.endswith((b"d", "d")))
t(lambda: b.removeprefix("h"))
t(lambda: bytearray(b"a").removesuffix(None))
