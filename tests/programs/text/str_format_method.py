# str.format: positional/auto/keyword fields, attribute and index lookup, conversions, nested specs


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    x = 3
    y = "why"
    name = "caf\xe9\U0001F600"

    def __repr__(self):
        return "P<\xe9\U0001F600>"

    def __str__(self):
        return "str-P"

    def __format__(self, spec):
        return "P-format[" + spec + "]"


p = P()
print(repr("{} {} {}".format(1, "two", 3.0)))
print(repr("{0} {1} {0}".format("a", "b")), repr("{1}{0}".format("x", "y")))
print(repr("{a}-{b}".format(a=1, b=[2])), repr("{0}{k}{1}".format("p", "q", k="K")))
print(repr("{{}} {{{0}}} {{".format(5)), repr("}}{{".format()), repr("no fields".format(1, 2, x=3)))
print(repr("{0.x} {0.y} {0.name}".format(p)), repr("{p.x}{p.y}".format(p=p)))
print(repr("{0[0]} {0[2]} {1[key]} {1[k2]}".format("abc", {"key": "v", "k2": 7})))
print(repr("{0[1][0]} {0[0]}".format([[1, 2], ["in", "ner"]])), repr("{d[-1]}".format(d={"-1": "strkey"})))
print(repr("{0[10]}".format({10: "intkey", "10": "str"})), repr("{a.real.imag}".format(a=5)))
print(repr("{0!r} {0!s} {0!a}".format("é\U0001F600'\n")))
print(repr("{0!r} {0!s} {0!a} {0}".format(p)), repr("{0!r:>12}|{0!s:*^9}".format("ab")))
print(repr("{:>10}|{:<6}|{:^7}|{:=+8}".format("r", "l", "c", 42)))
print(repr("{:{w}.{p}f}".format(3.14159, w=10, p=2)), repr("{:{}{}}".format("x", ">", 5)))
print(repr("{0:{1}}".format(12, "08b")), repr("{:{fill}{align}{width}}".format("z", fill="~", align="^", width=7)))
print(repr("{0:{0}}".format(5)), repr("{:}".format(7)), repr("{:d}".format(True)))
print(repr("{} {}".format(p, [p])), repr("{:abc}".format(p)), repr("{!s:>6}".format(p)))
t(lambda: "{!s:abc}".format(p))
print(repr(format(p, "zz")), repr(format(p)), repr(format("x")), repr(format(3, "")))
print(repr("{0}".format("\U0001F600" * 3)), repr("{:\U0001F600^7}".format("𝔘")), repr("{:𝔘<4}".format(1)))
print(repr("{0:.3}".format("\U0001F600abcdef")), repr("{:5}".format("\U0001F600")), repr("{:>3}".format("long text")))
print(repr("{0.__class__.__name__}".format(3)), repr("{0[0].x}".format([p])))
print(repr("{!r}".format(None)), repr("{}".format(None)), repr("{:>6}".format(str(None))))
t(lambda: "{:>6}".format(None))
t(lambda: "{:d}".format("s"))
t(lambda: "{:s}".format(3))
t(lambda: "{0.missing}".format(p))
t(lambda: "{0[5]}".format("abc"))
t(lambda: "{0[x]}".format({"y": 1}))
t(lambda: "{0[x]}".format([1]))
t(lambda: "{name}".format(1))
t(lambda: "{2}".format(1, 2))
t(lambda: "{}".format())
t(lambda: "{0!x}".format(1))
t(lambda: "{!}".format(1))
t(lambda: "{0!rr}".format(1))
t(lambda: "{0:{1:{2}}}".format(1, 2, 3))
t(lambda: "{:{}}".format(1))
t(lambda: "{:,d}".format(1.5))
