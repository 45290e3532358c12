# printf-style str % formatting: mapping keys, argument count errors, bad specs and types


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {"name": "Ann", "n": 3, "x": 2.5, "": "empty", "a b": "space", "\U0001F600": "emoji", "(": "paren"}
print(repr("%(name)s is %(n)d, %(x).2f" % d))
print(repr("%(name)r %(name)a %(n)05d %(n)-4d| %(x)e" % d))
print(repr("%()s|%(a b)s|%(\U0001F600)s" % d), repr("%(name)s %(name)s" % d))
print(repr("%(n)x %(n)#o %(n)+d %(n)c" % {"n": 65}))
print(repr("%(a(b)c)s" % {"a(b)c": "balanced"}), repr("%(a)s%(b)s" % {"a": 1, "b": 2, "c": 3}))
print(repr("no specs" % {}), repr("no specs" % {"a": 1}), repr("%%" % {}), repr("%s" % {"k": 1}))
print(repr("%(k)s" % {"k": {"k": 1}}), repr("%s %%" % ([],)))


class M:
    def __getitem__(self, k):
        return "<" + k + ">"


print(repr("%(abc)s %(z)s" % M()))
# mapping errors
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s" % ("Ann",))
t(lambda: "%(name)s" % "Ann")
t(lambda: "%(name)s %s" % d)
t(lambda: "%(name" % d)
t(lambda: "%(name)" % d)
t(lambda: "%(n)*d" % d)
t(lambda: "%(n).*f" % d)
t(lambda: "%(n)d" % {"n": "3"})
# argument count errors
t(lambda: "%s %s" % "a")
t(lambda: "%s %s" % ("a",))
t(lambda: "%s" % ("a", "b"))
t(lambda: "no specs" % "x")
t(lambda: "no specs" % ("x",))
t(lambda: "no specs" % 5)
t(lambda: "%s" % ())
t(lambda: "%d %d" % (1,))
t(lambda: "%*d" % (5,))
t(lambda: "%*d" % ("5", 1))
t(lambda: "%.*f" % (1.5, 2.0))
t(lambda: "%*s" % (2**100, "a"))
# bad specs
t(lambda: "%" % ())
t(lambda: "abc%" % ())
t(lambda: "%y" % 1)
t(lambda: "%z" % 1)
t(lambda: "%\U0001F600" % 1)
t(lambda: "%5" % 1)
t(lambda: "%-" % 1)
t(lambda: "%.2" % 1)
t(lambda: "%b" % 1)
t(lambda: "%lld" % 1)
print(repr("%ld %hd %Ld" % (1, 2, 3)))
# bad types
t(lambda: "%d" % "1")
t(lambda: "%d" % None)
t(lambda: "%i" % [1])
t(lambda: "%x" % "a")
t(lambda: "%o" % 1.0)
t(lambda: "%f" % "1.0")
t(lambda: "%e" % None)
t(lambda: "%g" % [1.0])
t(lambda: "%c" % "ab")
t(lambda: "%c" % "")
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % 1.0)
t(lambda: "%d" % float("nan"))
t(lambda: "%d" % float("inf"))
t(lambda: "%d" % complex(1, 0))
t(lambda: 5 % "a")
t(lambda: None % ())
