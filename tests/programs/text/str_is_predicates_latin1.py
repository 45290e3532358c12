# str.is* predicates over every Latin-1 code point (0..255), summarised as ranges, plus multi-char rules


def ranges(cps):
    out = []
    start = prev = None
    for c in cps:
        if start is None:
            start = prev = c
        elif c == prev + 1:
            prev = c
        else:
            out.append((start, prev))
            start = prev = c
    if start is not None:
        out.append((start, prev))
    return out


preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for name in preds:
    hits = [cp for cp in range(256) if getattr(chr(cp), name)()]
    print(name, len(hits), ranges(hits))

# empty string: all False except isascii and isprintable
print([(name, getattr("", name)()) for name in preds])

# multi-character strings: all characters must satisfy (cased predicates need a cased char)
tests = ["abc", "ABC", "Abc", "aBc", "abc1", "ABC1", "123", "1.5", "-1", " ", "  \t\n", "a b",
         "abc_", "_abc", "1abc", "ab\xe9", "\xc0\xdf\xff", "\xb2\xb3\xb9", "\xbc\xbd\xbe", "\xaa\xba",
         "\xb5", "A1!", "a1!", "!!!", "\x00", "\x7f", "\xa0", "\xad", "Hello World", "HELLO WORLD"]
for s in tests:
    print(repr(s), "".join("1" if getattr(s, name)() else "0" for name in preds))

# isupper / islower ignore uncased characters but need at least one cased one
for s in ["1A", "1a", "1", "A\xaa", "a\xaa", "\xaa", "\xba", "\xdf", "\xdfA", "\xff", "\xd7", "\xf7"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
# isascii is about code points < 128 only
print("abc\x7f".isascii(), "abc\x80".isascii(), "".isascii(), "\U0001F600".isascii())
# methods take no arguments
for name in preds:
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print(name, "TypeError", e)
try:
    str.isalpha(5)
except TypeError as e:
    print("TypeError", e)
