# str.join: iterables of all kinds, separators of different widths, non-str element errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(",".join(["a", "b", "c"])), repr("".join(["a", "b"])), repr(", ".join([])), repr("x".join(["only"])))
print(repr("-".join("abc")), repr("-".join(("x", "y"))), repr("-".join(c for c in "hey")))
print(repr("\U0001F600".join(["a", "b", "c"])), repr("a".join(["\U0001F600", "𝔘"])), repr("é".join("中文")))
print(repr("".join(["\U0001F600"] * 3)), len("𝔘".join(["a"] * 5)))
print(repr("-".join({"k1": 1}.keys())), repr("-".join(dict.fromkeys(["b", "a", "c"]))))
print(repr("|".join(sorted({"z", "y", "x"}))), repr(" ".join(map(str, range(5)))))
print(repr("".join(["", "", ""])), repr(",".join(["", "", ""])), repr(",".join([""])))
print(repr("ab".join("12345")), repr("\n".join(["line1", "line2"])))


class S(str):
    pass


print(repr("-".join([S("a"), S("b")])), type("-".join([S("a")])).__name__, type(S("-").join(["a", "b"])).__name__)
print(type("".join([S("only")])).__name__)


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return "v" + str(self.i)


print(repr("+".join(It())))
# error messages for non-str elements at various positions
t(lambda: ",".join(["a", 1, "c"]))
t(lambda: ",".join([1]))
t(lambda: ",".join(["a", "b", None]))
t(lambda: ",".join(["a", b"b"]))
t(lambda: ",".join([S("a"), 2.5]))
t(lambda: ",".join(["a", ["b"]]))
t(lambda: ",".join(x for x in ["a", 3]))
t(lambda: "".join([bytearray(b"x")]))
t(lambda: ",".join(5))
t(lambda: ",".join(None))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: ",".join(iterable=["a"]))
t(lambda: str.join(b",", ["a"]))


def gen():
    yield "a"
    raise ValueError("boom in generator")


t(lambda: ",".join(gen()))
# bytes.join mirrors with bytes-like requirement
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]))
print(b"".join([]), b"\x00".join([b"", b""]), type(bytearray().join([])).__name__)
t(lambda: b",".join([b"a", "b"]))
t(lambda: b",".join([b"a", 1]))
t(lambda: bytearray(b",").join(["x"]))
t(lambda: b",".join(b"ab"))
