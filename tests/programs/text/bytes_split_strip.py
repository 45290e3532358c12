# bytes/bytearray split/rsplit (sep, maxsplit, ASCII whitespace only) and strip/lstrip/rstrip


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ws = b" \t\n\x0b\x0c\r"
for c in range(0, 256):
    if bytes([c]).split() != [bytes([c])] and c not in ws:
        print("unexpected whitespace", c)
print([c for c in range(256) if bytes([c]).isspace()], [c for c in range(256) if not bytes([c]).strip()])
s = b"  alpha\tbeta\x0b\x0cgamma\r\n delta\xa0eps\x85z\x1c  "
print(s.split())
print(s.rsplit())
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.split(None, n), s.rsplit(maxsplit=n))
csv = b"a,b,,c,"
for sep in [b",", b",,", b"a", b"c,", bytearray(b","), memoryview(b"b")]:
    print(bytes(sep), csv.split(sep), csv.rsplit(sep), csv.split(sep, 1), csv.rsplit(sep, 1))
print(b"".split(), b"".split(b","), b"   ".split(), b"   ".split(b" "), b"a b".split(sep=b" ", maxsplit=0))
ba = bytearray(b"x y  z")
r = ba.split()
print(r, type(r[0]).__name__, ba.rsplit(b" ", 1), bytearray().split())
t(lambda: b"abc".split(b""))
t(lambda: b"abc".rsplit(bytearray()))
t(lambda: b"abc".split(","))
t(lambda: b"abc".split(44))
t(lambda: b"abc".split(b",", "1"))
t(lambda: b"abc".split(x=b","))
t(lambda: bytearray(b"abc").split(""))

# strip family: default is ASCII whitespace, argument is a set of bytes
for v in [b"  x  ", b"\t\n\x0b\x0c\rx\r", b"\xa0x\xa0", b"\x85x\x85", b"\x1cx\x1c", b"", b"    ", b"\x00x\x00"]:
    print(v, v.strip(), v.lstrip(), v.rstrip(), v.strip(None))
w = b"xxyhelloyxyx"
for chars in [b"x", b"xy", b"", b"hello", b"xyhelo", bytearray(b"yx"), memoryview(b"x")]:
    print(bytes(chars), w.strip(chars), w.lstrip(chars), w.rstrip(chars))
print(b"\xff\xfeA\xfe\xff".strip(b"\xfe\xff"), bytearray(b"--ab--").strip(b"-"), bytearray(b"  q ").lstrip())
print(type(bytearray(b" a ").strip()).__name__, type(b" a ".strip()).__name__)
t(lambda: b"abc".strip("a"))
t(lambda: b"abc".strip(97))
t(lambda: b"abc".lstrip([97]))
t(lambda: b"abc".rstrip(b"a", b"b"))
t(lambda: bytearray(b"abc").strip("a"))
t(lambda: b"abc".strip(chars=b"a"))
# partition on bytes
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
t(lambda: b"kv".partition(b""))
