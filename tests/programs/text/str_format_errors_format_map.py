# str.format parse errors (brace mismatches, mixing numbering) and str.format_map semantics


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ["}", "a}", "}a", "{", "a{", "{a", "{0", "{0:", "{0:x", "}}}", "{{{", "{}}", "{{}",
            "{0}}", "{0!}", "{0!r", "{0!r:", "{0:}}", "{:{}", "{[}", "{0[}", "{0[0}", "{0.}",
            "{0..x}", "{.x}", "{0[0]x}", "{0]}", "{!r}", "{:{:{}}}", "{0:{}}", "{}{0}", "{0}{}",
            "{a}{}", "{:<{}}{1}", "{ }", "{0 }", "{-1}", "{0x}", "{00}", "{1_0}", "{\U0001F600}"]:
    try:
        r = fmt.format("A", "B", a="kw", **{" ": "space", "0 ": "zero-space", "-1": "neg", "\U0001F600": "emo"})
        print(repr(fmt), "->", repr(r))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__, e)

# format_map uses the mapping directly
print(repr("{x} {y}".format_map({"x": 1, "y": "two"})), repr("{x!r:>5}".format_map({"x": "q"})))
t(lambda: "{0}".format_map({0: "zero"}))
print(repr("{a[0]}|{b.imag}|{a[2]}".format_map({"a": "xyz", "b": 3})))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print(repr("{name} is {age} {unknown}".format_map(Default(name="Ann", age=3))))
t(lambda: "{0}-{1}".format_map(Default()))


class Map:
    def __init__(self):
        self.calls = []

    def __getitem__(self, key):
        self.calls.append(key)
        return key.upper()


m = Map()
print(repr("{a}{bc}{a}".format_map(m)), m.calls)
t(lambda: "{}".format_map({}))
t(lambda: "{0}".format_map({}))
t(lambda: "{x}".format_map({}))
t(lambda: "{x}".format_map([]))
t(lambda: "{x}".format_map(None))
t(lambda: "{x}".format_map())
t(lambda: "{x}".format_map({"x": 1}, {}))
t(lambda: "}".format_map({}))
t(lambda: "{x!z}".format_map({"x": 1}))
t(lambda: "{x:d}".format_map({"x": "s"}))
print(repr("plain".format_map(None)), repr("{{x}}".format_map(None)))
# errors raised from inside lookups propagate unchanged


class Bad:
    def __getitem__(self, k):
        raise LookupError("bad key " + repr(k))

    def __format__(self, spec):
        raise RuntimeError("format failed: " + spec)


t(lambda: "{k}".format_map(Bad()))
t(lambda: "{0[1]}".format(Bad()))
t(lambda: "{0:xyz}".format(Bad()))
t(lambda: format(Bad(), "q"))
