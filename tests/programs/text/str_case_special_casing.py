# upper/lower with Unicode special casing (length-changing mappings, final sigma, dotted I)


def show(label, s):
    print(label, repr(s), len(s), [hex(ord(c)) for c in s])


samples = [
    "ß", "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ", "ŉ", "ǰ", "ΐ", "ΰ", "և", "ẖ", "ẞ",
    "İ", "ı", "i", "I", "K", "Å", "µ", "ÿ", "Ÿ", "ſ", "ǅ", "ǆ", "Ǆ", "ς", "Σ", "σ",
    "ᾳ", "ᾼ", "ῳ", "ﬓ", "\U00010400", "\U00010428", "𝔘", "\U0001F600", "Ω", "Ω", "Å",
]
for c in samples:
    print(repr(c), repr(c.upper()), repr(c.lower()), len(c.upper()), len(c.lower()))

show("upper ß", "straße".upper())
show("upper ﬁ", "ﬁnance ﬂow".upper())
show("lower İ", "İstanbul".lower())
show("lower İ alone", "İ".lower())
show("upper ŉ", "ŉ".upper())
show("upper ΐ", "ΐ".upper())

# Greek final sigma rules in lower()
for w in ["ΑΣ", "ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΑΣΑ", "ΑΣ.", "ΑΣ'Σ", "Α.Σ", "ΑΣ1", "ΣΑ",
          " Σ ", "ΑΣ\u0301", "ΑΣ\u0301Β", "ΑΣ\u0301 Β", "ὈΔΥΣΣΕΎΣ", "ἈΣ", "aΣ", "aΣb", "1Σ",
          "ΑΣΣ", "ΑΣ\U0001F600", "Α\u0345Σ"]:
    print(repr(w), repr(w.lower()), repr(w.casefold()))

# mixed ASCII / non-ASCII, idempotence
m = "Hello, Wörld! ǅemal ΣΊΣΥΦΟΣ ß ﬁ İ \U00010400\U00010428"
print(repr(m.upper()))
print(repr(m.lower()))
print(repr(m.upper().upper() == m.upper()), repr(m.lower().lower() == m.lower()))
print(repr(m.upper().lower()))
print(repr("ABC".lower()), repr("abc".upper()), repr("".upper()), repr("123!?".lower()))
print(repr("\x00\x7f\x80\xff".upper()), repr("\xb5\xdf\xff".upper()))
print(repr("\u0130\u0131".upper()), repr("\u0130\u0131".lower()))
print(repr("\u1e9e".lower()), repr("\u00df".lower()), repr("\u00df".upper().lower()))
# characters without case
for c in "1٣中\u200b\U0001F600-_":
    print(repr(c), c.upper() == c, c.lower() == c)
# isupper/islower after mapping
for w in ["ß", "SS", "ǅ", "ﬁ", "İ", "ΑΣ", "aΣ", "\U00010400", "\U00010428"]:
    print(repr(w), w.isupper(), w.islower(), w.upper().isupper(), w.lower().islower())
print(len("ß" * 100) , len(("ß" * 100).upper()), len(("İ" * 10).lower()))
try:
    "abc".upper(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    str.lower(b"ABC")
except Exception as e:
    print(type(e).__name__, e)
