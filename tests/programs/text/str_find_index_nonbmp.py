# find/rfind/index/rindex/count positions in strings mixing ASCII, BMP and non-BMP characters


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "ab\U0001F600cd𝔘ab\U0001F600\u00e9ab"
print(len(s))
for sub in ["a", "ab", "\U0001F600", "\U0001F600c", "𝔘", "𝔘a", "\u00e9", "\u00e9ab", "b", "",
            "zz", "\U0001F601", "\U0001F600\U0001F600", s, s + "x"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for sub in ["\U0001F600", "a", "𝔘"]:
    print(s.index(sub), s.rindex(sub), s.index(sub, 3), s.rindex(sub, 0, 8))
t(lambda: s.index("\U0001F601"))
t(lambda: s.rindex("\U0001F601"))
t(lambda: s.index("𝔘", 6))
t(lambda: s.rindex("\U0001F600", 3, 8))

# positions after non-BMP characters must be code-point indices
e = "\U0001F600" * 4 + "x" + "\U0001F600" * 4
print(e.find("x"), e.rfind("\U0001F600"), e.find("\U0001F600", 5), e.count("\U0001F600"))
print(e.find("\U0001F600x\U0001F600"), e.index("x\U0001F600"))
print(e.split("x"), [len(p) for p in e.split("x")])
print(e.partition("x")[0] == "\U0001F600" * 4, e.rpartition("\U0001F600")[0] == e[:-1])
print(e.replace("\U0001F600", "ab", 2) == "abab" + "\U0001F600" * 2 + "x" + "\U0001F600" * 4)
print(e.startswith("\U0001F600", 3), e.startswith("x", 4), e.endswith("x", 0, 5))

# searching within ranges mixing widths
m = "\u00e9\u4e2d𝔘\u00e9\u4e2d𝔘"
for start in range(-7, 8, 2):
    print(start, m.find("𝔘", start), m.rfind("\u00e9", start), m.count("\u4e2d", start))
print(m.find("\u4e2d𝔘", 2, 6), m.find("\u4e2d𝔘", 2, 5), m.rfind("\u00e9\u4e2d", 0, 5))

# search for wide char in narrow string and vice versa
narrow = "hello world"
print(narrow.find("\U0001F600"), narrow.count("\u00e9"), narrow.rfind("\u4e2d"), "\U0001F600" in narrow)
wide = "h\U0001F600llo"
print(wide.find("l"), wide.rfind("l"), wide.count("l"), wide.find("llo"), wide.find("\x00"))
print("\U00010000\uffff".find("\uffff"), "\uffff\U00010000".find("\U00010000"))
# characters sharing low bytes
print("\u0141".find("A"), "\u0100A".find("A"), "\U00010041".find("A"), "\u4141".count("A"))
print("A\U00010041".rfind("A"), "\U00010041A".find("A"))
# count overlapping
print("aaaa".count("aa"), ("\U0001F600" * 5).count("\U0001F600" * 2), "abababa".count("aba"))
print("ab".find("", 2), "ab".find("", 3), "ab".rfind(""), "ab".count(""), "\U0001F600".count(""))
# non-str arguments
t(lambda: s.find(1))
t(lambda: s.count(b"a"))
t(lambda: s.index(None))
t(lambda: s.rfind("a", "1"))
t(lambda: s.find())
t(lambda: s.find("a", 1, 2, 3))
print(s.find("a", None, None), s.rfind("a", None, 5), s.count("ab", 1, None))
