# isdecimal/isdigit/isnumeric/isalpha/isalnum on digits and letters of many scripts, incl. non-BMP


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


chars = [
    "0", "9", "٣", "۷", "߂", "३", "৪", "๕", "໖", "༣", "၈", "០", "᠑", "៩", "０", "９",
    "²", "³", "¹", "⁰", "₅", "①", "⑳", "⓪", "❶", "➊", "½", "¼", "⅓", "⅞", "Ⅻ", "ⅻ", "〇",
    "一", "二", "万", "億", "零", "፩", "፲", "௰", "ↂ", "𐄇", "𝟎", "𝟗", "𝟘", "𝟿", "🄁", "𑁦",
    "\U0001D7CE", "\U00010107", "\U0001F100", "\U0001F10A", "a", "Z", "é", "中", "ß", "ǅ",
    "𝔘", "\U0001F600", "_", "\u0300", "\u0903", "\u200d", "ー", "々", "ʰ", "ª",
]
print("char  hex     dec dig num alp aln spc prt ide")
for c in chars:
    flags = [c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(),
             c.isprintable(), c.isidentifier()]
    print(repr(c), hex(ord(c)), " ".join(" T " if f else " . " for f in flags))

# combined strings
for s in ["٣٤٥", "12٣", "１２３", "𝟏𝟐𝟑", "½½", "Ⅻ1", "²3", "3.5", "٣.٥", "一二三", "abc٣", "x²"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())

# int() and float() accept any Unicode decimal digits (isdecimal), not just digits/numerics
for s in ["٣", "٣٤", "１２３", "𝟏𝟐", "३", "๕๖", "0٣", " ٣ ", "\u3000７\u3000", "-٣", "+０"]:
    print(repr(s), int(s), float(s))
for s in ["²", "½", "Ⅻ", "①", "一", "〇", "٣.", "𝟎x"]:
    t(lambda: int(s))
print(float("٣.٥"), float("１e２"), float("-𝟏.𝟓"), int("٣", 8), int("１０", 16), int("९", 10))
t(lambda: int("٩", 8))
t(lambda: float("½"))
t(lambda: float("Ⅻ"))

# uppercase/lowercase flags on number-ish letters
for c in ["Ⅻ", "ⅻ", "Ⓐ", "ⓐ", "ǅ", "ʰ", "ª", "𝐀", "𝐚", "𝔘", "\U00010400", "\U00010428"]:
    print(repr(c), c.isupper(), c.islower(), c.istitle(), c.isalpha(), repr(c.upper()), repr(c.lower()))
