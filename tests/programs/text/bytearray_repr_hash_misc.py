# bytearray repr/str, unhashability, result types of methods, subclasses, iteration and mixed ops


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\x00\x7f\x80\xff", b"\t\n\r", bytes(range(30, 40))]:
    ba = bytearray(v)
    print(repr(ba), str(ba), ascii(ba), f"{ba}", "%s|%r" % (ba, ba), [ba])
t(lambda: hash(bytearray(b"abc")))
t(lambda: hash(bytearray()))
t(lambda: {bytearray(b"k"): 1})
t(lambda: {bytearray(b"k")})
t(lambda: frozenset([bytearray()]))
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()), {b"k": 1}[b"k"], b"k" in {b"k": 0})
print(bytearray.__hash__ is None, type(bytearray(b"x")).__name__, isinstance(bytearray(), bytes))
t(lambda: {b"k": 1}[bytearray(b"k")])

# methods that return new bytearrays vs bytes
ba = bytearray(b" Mixed,Case ")
results = {
    "upper": ba.upper(), "strip": ba.strip(), "split": ba.split(b","), "replace": ba.replace(b"M", b"m"),
    "center": ba.center(20), "join": ba.join([b"a", b"b"]), "partition": ba.partition(b","),
    "slice": ba[1:3], "copy": ba.copy(), "mul": ba * 2, "add": ba + b"!", "radd": b"!" + ba,
    "hex": ba.hex(), "decode": ba.decode(), "fromhex": bytearray.fromhex("00"), "index": ba[1],
    "translate": ba.translate(None), "zfill": ba.zfill(3), "expandtabs": ba.expandtabs(),
    "lower": ba.lower(), "swapcase": ba.swapcase(), "title": ba.title(), "removeprefix": ba.removeprefix(b"z"),
}
for k in sorted(results):
    v = results[k]
    inner = type(v[0]).__name__ if isinstance(v, (list, tuple)) else ""
    print(k, type(v).__name__, inner)
print(ba)


class BA(bytearray):
    pass


class B(bytes):
    pass


sub = BA(b"sub")
print(repr(sub), type(sub.upper()).__name__, type(sub[0:1]).__name__, type(sub.copy()).__name__, type(sub + b"x").__name__)
print(repr(B(b"sub")), type(B(b"x").upper()).__name__, type(B(b"x")[:]).__name__, type(B(b"x") * 1).__name__)
print(sub == b"sub", B(b"x") == bytearray(b"x"), len(sub), list(sub))
# iteration, reversed, enumerate, sum, sorted
ba = bytearray(b"\x03\x01\x02")
print(list(ba), list(reversed(ba)), sorted(ba), sum(ba), max(ba), min(ba), list(enumerate(ba)))
it = iter(ba)
print(next(it))
ba.append(9)
print(list(it))
print(bytearray(b"abc") == "abc", bytearray(b"abc") != "abc", bytearray(b"") == b"", bytearray(b"\x00") > b"")
t(lambda: bytearray(b"a") < "a")
t(lambda: bytearray(b"a") + 1)
t(lambda: bytearray(b"a")["x"])
t(lambda: bytearray(b"a")[5])
t(lambda: bytearray(b"a").upper(1))
t(lambda: bytearray.fromhex("zz"))
print(bytearray(b"abc")[-1], bytearray(b"abc")[::-1], bytearray(b"abc")[5:], bytearray(b"abc").count(b"b"))
print(bytearray(b"ab") * 0, bytearray(b"ab") * -1, len(bytearray(1000)), bytearray(3) == b"\x00" * 3)
