# str.isidentifier (keywords, Unicode XID rules) and str.isprintable (categories, non-BMP) + repr link


idents = ["a", "_", "__", "a1", "1a", "", " a", "a b", "a-b", "a.b", "café", "ñ", "中文", "𝔘", "𝔘1",
          "\U0001F600", "a\U0001F600", "if", "None", "True", "class", "match", "_1", "ℌ", "℘", "℮",
          "ª", "·", "a·", "\u0300", "a\u0300", "a\u200c", "\u200ca", "٣", "a٣", "Ⅻ", "〇", "ー",
          "a\xa0", "x\x00", "$", "a$", "µ", "ǅ", "ᾼ", "ﬁ", "Σσς", "ab\u00b7c", "ℹ", "__init__"]
for s in idents:
    print(repr(s), s.isidentifier())
# keywords are identifiers for isidentifier(); soft keywords too
print(all(k.isidentifier() for k in ["def", "lambda", "yield", "await", "async", "_", "case", "type"]))

printables = ["a", " ", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "\x80", "\x9f", "\xa0", "\xad",
              "\u00e9", "\u034f", "\u200b", "\u200e", "\u2028", "\u2029", "\u202f", "\u3000", "\ufeff",
              "\ufffd", "\uffff", "\ud800", "\udfff", "\ue000", "\U0001F600", "𝔘", "\U000E0001",
              "\U000E0041", "\U000F0000", "\U0010FFFF", "\U0001D173", "\u0378", "\u1680", "\u061c",
              "\u0600", "\U00013430", "\u0300", "\u0483", "\u0488"]
for s in printables:
    r = repr(s)
    # characters are escaped in repr() exactly when they are not printable
    print(hex(ord(s)), s.isprintable(), r, len(r) > 3)
for s in ["", "abc", "abc\n", "a b", "\U0001F600\U0001F600", "a\u200bb", "tab\there"]:
    print(repr(s), s.isprintable())

# repr/ascii of a string mixing printable and non-printable code points
mix = "a\x00\xa0\xad\u200b\u2028\U0001F600𝔘\U000E0001\ud800\uffff\u3000z"
print(repr(mix))
print(ascii(mix))
print([c.isprintable() for c in mix])
# isprintable agrees with repr for all of Latin-1 and a sample of BMP / astral code points
bad = []
for cp in list(range(0, 0x300)) + list(range(0x2000, 0x2070)) + list(range(0xFFF0, 0x10010)) + \
        list(range(0x1F5F0, 0x1F610)) + list(range(0xE0000, 0xE0010)):
    c = chr(cp)
    esc = repr(c)[1:-1] != c
    if esc == c.isprintable() and c not in "'\\":
        bad.append(cp)
print("mismatches:", bad)
print(sum(chr(cp).isprintable() for cp in range(0x2000, 0x2070)))
print(sum(chr(cp).isprintable() for cp in range(0xFFF0, 0x10010)))
