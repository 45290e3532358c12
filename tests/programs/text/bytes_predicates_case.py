# bytes/bytearray is* predicates and ASCII-only case mapping (upper/lower/title/capitalize/swapcase)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


preds = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
for name in preds:
    hits = [c for c in range(256) if getattr(bytes([c]), name)()]
    ba_hits = [c for c in range(256) if getattr(bytearray([c]), name)()]
    print(name, ranges(hits), hits == ba_hits)
print([(name, getattr(b"", name)()) for name in preds])
print(hasattr(b"", "isdecimal"), hasattr(b"", "isnumeric"), hasattr(b"", "isidentifier"), hasattr(b"", "isprintable"),
      hasattr(b"", "casefold"), hasattr(b"", "format"), hasattr(b"", "encode"))
for v in [b"abc", b"ABC", b"Abc", b"aBc", b"abc1", b"123", b" \t", b"a b", b"Hello World", b"HELLO WORLD",
          b"\xe9t\xe9", b"caf\xc3\xa9", b"A1!", b"1A", b"1a", b"\x80", b"Ab Cd", b"ab Cd", b"_A_B"]:
    print(v, "".join("1" if getattr(v, n)() else "0" for n in preds))

# case mapping touches ASCII letters only
allb = bytes(range(256))
for name in ["upper", "lower", "swapcase", "title", "capitalize"]:
    r = getattr(allb, name)()
    changed = [i for i in range(256) if r[i] != allb[i]]
    print(name, len(r), ranges(changed))
for v in [b"hello world", b"HELLO wORLD", b"they're bill's", b"a1b2 c3", b"\xe9cole \xc9COLE", b"o'neil mc-d",
          b"", b"123", b"_x_y", b"\xffa\xffb", b"aBc\x00dEf"]:
    print(v, v.upper(), v.lower(), v.swapcase(), v.title(), v.capitalize(), v.title().istitle())
ba = bytearray(b"MiXeD cAsE")
print(ba.upper(), ba.lower(), ba.swapcase(), ba.title(), ba.capitalize(), ba, type(ba.upper()).__name__)
t(lambda: b"a".upper(1))
t(lambda: b"a".isalpha(1))
t(lambda: bytes.lower("ABC"))
t(lambda: bytearray.title(b"ab"))
print(b"\xdf".upper(), b"\xb5".upper(), "\xdf".upper(), bytes("\xdf", "latin-1").upper().decode("latin-1"))
