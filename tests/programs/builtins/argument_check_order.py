# Which argument a builtin method checks first, as CPython 3.11 does: clinic-converted ints before
# type checks of other arguments, values before bounds, and the C int / ssize_t overflow messages


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "abc".find(b"a", b"b"))
t(lambda: "abc".count(3, "x"))
t(lambda: "abc".index(None, None, "z"))
t(lambda: b"abc".find("a", "b"))
t(lambda: bytearray(b"abc").count("a", "b", 1))
t(lambda: "a b".split(b"a", b"b"))
t(lambda: "a b".rsplit(3, "x"))
t(lambda: "a\nb".splitlines(2**64))
t(lambda: b"a\nb".splitlines(-2**64))
t(lambda: "a\nb".splitlines(1.5))
t(lambda: "a\tb".expandtabs(2**40))
t(lambda: b"ab".hex([1]))
t(lambda: b"ab".hex((1, 2)))
t(lambda: b"ab".hex(5))
t(lambda: b"ab".hex(3, "x"))
t(lambda: b"ab".hex("\u00e9"))
t(lambda: b"abcd".hex(b"-", 2**40))
t(lambda: b"abcd".hex(bytearray(b"-")))
t(lambda: memoryview(b"abcd").hex(":", -3))
t(lambda: pow("a", "b", 3.0))
t(lambda: pow(1.5, "x", 2))
t(lambda: pow(1, 2, 3.0))
t(lambda: (2.0).__pow__(2, 3))
t(lambda: pow("a", 2, 1j))
t(lambda: "abc" % b"x")
t(lambda: "abc" % [1])
t(lambda: b"abc" % b"x")
t(lambda: b"abc" % bytearray(b"x"))
t(lambda: "%s" % [1])
t(lambda: {}.pop([1]))
t(lambda: {}.pop([1], "default"))
t(lambda: {1: 2}.pop([1]))
t(lambda: b"".decode("no-such-codec"))
t(lambda: b"x".decode("no-such-codec"))
t(lambda: str(b"", "bogus"))
t(lambda: bytearray().__setitem__(1, -1))
t(lambda: bytearray().__setitem__(3, "x"))
t(lambda: bytearray(b"a").__setitem__("i", 300))
t(lambda: bytearray().pop(2**64))
t(lambda: bytearray(b"ab").pop(-2**64))
t(lambda: bytearray().pop("a"))
t(lambda: b"abc".startswith((b"a", 1)))
t(lambda: b"abc".endswith((1, 2)))
t(lambda: bytearray(b"abc").startswith([b"a"]))
t(lambda: set().issuperset())
t(lambda: frozenset().isdisjoint(1, 2))
t(lambda: (1).__round__(x=1))
t(lambda: (1.5).__round__(1, 2))
t(lambda: sorted([], x=1))
t(lambda: [].sort(1, 2, 3))
t(lambda: [].sort(reverse=2**40))
t(lambda: bytes.maketrans(b"a"))
t(lambda: bytes.maketrans(b"a", b"b", x=1))
t(lambda: float.fromhex("1", x=1))
t(lambda: bytes.fromhex(x="00"))
# a bound method object: METH_VARARGS names only itself, the others their object's type
for bound, call in [("a".count, lambda m: m("a", x=1)), (b"a".find, lambda m: m(b"a", x=1)),
                    (set().union, lambda m: m(x=1)), (bytearray().pop, lambda m: m(x=1)),
                    ((1).__round__, lambda m: m(x=1)), (True.bit_length, lambda m: m(1)),
                    ([].append, lambda m: m()), ("a".upper, lambda m: m(x=1))]:
    t(lambda: call(bound))
# format specs whose type is outside the BMP or not ASCII, on subclasses too
class StrSub(str):
    pass


for v in [1, 2.5, "s", 1j, StrSub("x"), True]:
    for spec in ["\U0001f600", "\u00e9", ">\U0001f600", ",\U0001f600", "x\U0001f600", "a", ",b"]:
        t(lambda: format(v, spec))
t(lambda: [].__class_getitem__())
t(lambda: list.__class_getitem__(int, str))
t(lambda: dict.__class_getitem__(x=1))
t(lambda: StrSub("a").join())
t(lambda: StrSub("a").center(3, "x", x=1))
t(lambda: "a".rjust(3, "xy"))
t(lambda: "a".replace("a", "b", 1, 2))
