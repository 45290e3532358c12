# casefold, title, capitalize, swapcase, istitle on ASCII and non-ASCII text


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


words = ["hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's friends", "o'neil mc-donald",
         "a1b2c3 d4", "ǆemal ǅemal Ǆemal", "ßtraße ß", "ﬁsh ﬂag", "ﬃx", "İstanbul ıi",
         "ŉ test", "σίσυφος ΣΊΣΥΦΟΣ", "ὀδυσσεύς", "ᾳ ᾳb ᾼ", "𐐨𐐨 𐐀𐐀", "\U0001F600abc \U0001F600ABC",
         "𝔘nicode 𝔘NICODE", "123abc 4DEF", "", "   ", "a", "A", "_x_y", "x\ty\nz", "éCOLE ÉcOLE",
         "日本語 text", "ﬆop", "ǰ", "ΐa", "µ", "ÿes", "ΑΣ ΟΔΟΣ"]
for w in words:
    print(repr(w))
    print("  title     ", repr(w.title()), w.title().istitle(), w.istitle())
    print("  capitalize", repr(w.capitalize()))
    print("  swapcase  ", repr(w.swapcase()))
    print("  casefold  ", repr(w.casefold()))

# casefold-specific mappings
for c in ["ß", "ẞ", "ſ", "ﬁ", "µ", "ς", "Σ", "İ", "ı", "K", "Å", "ᾼ", "ﬅ", "Ω", "\u0345",
          "\u1e9b", "\U00010400", "\U0001E900", "\u13a0", "\uab70"]:
    print(repr(c), repr(c.casefold()), repr(c.lower()), c.casefold() == c.lower())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "STRASSE".lower())

# istitle edge cases
for w in ["Hello World", "Hello world", "HELLO", "Hello", "H", "h", "", "1", "1A", "A1b", "Ǆ", "ǅ",
          "ǅemal", "Σίσυφος", "Hello_World", "Hello World!", "'Tis", "'tis", "Aa Bb\U0001F600Cc",
          "\U00010400\U00010428"]:
    print(repr(w), w.istitle())
# swapcase is not always an involution
for w in ["ß", "ǅ", "İ", "ﬁ", "ς", "µ", "ΐ", "\U00010400b"]:
    s1 = w.swapcase()
    print(repr(w), repr(s1), repr(s1.swapcase()), s1.swapcase() == w)
t(lambda: "a".title("x"))
t(lambda: "a".casefold(None))
t(lambda: str.capitalize(1))
print(repr("ABC".capitalize()), repr("aBC".capitalize()), repr("1ABC".capitalize()))
print(repr("ǆ".capitalize()), repr("ǅ".capitalize()), repr("Ǆ".capitalize()))
