# str.split / str.rsplit: explicit separators, maxsplit, None separator with Unicode whitespace


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ws_chars = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\x85", "\xa0",
            "\u1680", "\u2000", "\u2007", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
not_ws = ["\u200b", "\u180e", "\ufeff", "\x00", "_", "\u2060"]
for c in ws_chars + not_ws:
    s = "a" + c + "b"
    print(repr(c), c.isspace(), s.split(), s.rsplit(), len(s.split()))

text = "  alpha\u3000beta\t\tgamma \xa0 delta\n\u2029epsilon  "
print(text.split())
print(text.rsplit())
for n in [-5, -1, 0, 1, 2, 3, 10]:
    print(n, text.split(None, n), text.rsplit(None, n))
    print(n, text.split(maxsplit=n), text.rsplit(maxsplit=n))

csv = "a,b,,c,,,d,"
for sep in [",", ",,", ",,,", "b", "d,", "a,b,,c,,,d,", "x", "\U0001F600"]:
    print(repr(sep), csv.split(sep), csv.rsplit(sep))
for n in [-1, 0, 1, 2, 5, 100]:
    print(n, csv.split(",", n), csv.rsplit(",", n))
print("".split(","), "".split(), "".rsplit(","), "".rsplit(), "   ".split(), "   ".split(" "))
print(",".split(","), ",,".rsplit(",", 1), "abc".split("abc"), "abc".split("abcd"))
print("aaa".split("a"), "aaaa".split("aa"), "aaaaa".rsplit("aa"), "aaaaa".split("aa"))
e = "x\U0001F600y\U0001F600\U0001F600z"
print(e.split("\U0001F600"), e.rsplit("\U0001F600", 1), e.split("\U0001F600\U0001F600"))
print("𝔘 𝔘\u3000𝔘".split(), "𝔘a𝔘".split("a"), "1 2 3".split(" ", maxsplit=1))
print("a b c".split(sep=None, maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1))
t(lambda: "abc".split(""))
t(lambda: "abc".rsplit(""))
t(lambda: "abc".split("", 1))
t(lambda: "abc".split(1))
t(lambda: "abc".split(b"b"))
t(lambda: "abc".split(",", "1"))
t(lambda: "abc".split(",", 1.0))
t(lambda: "abc".split(",", 1, 2))
t(lambda: "abc".split(x=","))
t(lambda: "a b".split(maxsplit=None))
t(lambda: "a b".split(None, 2**100))
print("a b c".split(None, True), "a  b".split(" "), " a b ".split(" "))
r = "one two three".split()
print(type(r).__name__, type(r[0]).__name__)
