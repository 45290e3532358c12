# Code-point semantics of str: len, indexing, iteration, ord/chr with non-BMP characters


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a\U0001F600b𝔘c\u00e9\u4e2d"
print(len(s))
print(repr(s))
for i in range(len(s)):
    print(i, repr(s[i]), ord(s[i]), hex(ord(s[i])))
for i in range(-1, -len(s) - 1, -1):
    print(i, repr(s[i]))
t(lambda: s[len(s)])
t(lambda: s[-len(s) - 1])
t(lambda: s[1.0])
t(lambda: s["0"])
t(lambda: s[None])
print(list(s))
print([ord(c) for c in s])
print(list(reversed(s)))
print("".join(reversed(s)))
print(repr(s[::-1]))
it = iter(s)
print(repr(next(it)), repr(next(it)), repr(next(it)))
print(repr("".join(it)))
r = reversed(s)
print(type(r).__name__)
print(repr(next(r)), repr(next(r)))

# chr / ord
for cp in [0, 1, 0x41, 0x7F, 0x80, 0xFF, 0x100, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF,
           0x10000, 0x1F600, 0x1D518, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), len(c), ord(c) == cp)
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: chr(1.5))
t(lambda: chr("a"))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord("\U0001F600\U0001F600"))
t(lambda: ord(65))
t(lambda: ord(b"A"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(b"ab"))
print(ord("𝔘"), ord("\U0001F600"), ord("\ud83d"))

# surrogates are single code points
sur = "\ud83d\ude00"
print(len(sur), sur == "\U0001F600", repr(sur))
print(len("\U0001F600" * 3), ("\U0001F600" * 3)[1] == "\U0001F600")

# membership and concatenation
print("\U0001F600" in s, "𝔘c" in s, "b𝔘" in s, "x" in s, "" in s)
t(lambda: 5 in s)
print(repr(s + "\U0001F601"), len(s + s), len(s * 3), repr(s * 0), repr(s * -2))
t(lambda: s + 1)
t(lambda: s * 1.5)
t(lambda: "a" * "b")
print(min(s) == "a", repr(max(s)), sorted(s) == sorted(list(s)))
print(repr(sorted("\U0001F600a\uffffZ𝔘")))
print("abc".__len__(), "𝔘𝔘".__len__())
print(repr("x\U0001F600y".__getitem__(1)))
print(repr(str()), repr(str("\U0001F600")), repr(str(b"\xf0\x9f\x98\x80", "utf-8")))
