# str.maketrans (1-, 2- and 3-argument forms, errors) and str.translate with various tables


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def show(d):
    return sorted(d.items())


print(show(str.maketrans({"a": "1", "b": None, 99: "cc", "\U0001F600": "smile", 100: 101})))
print(show(str.maketrans("abc", "xyz")), show(str.maketrans("abc", "xyz", "de")))
print(show(str.maketrans("", "", "")), show(str.maketrans("", "", "xy")), show(str.maketrans({})))
print(show(str.maketrans("a\U0001F600", "\U0001F601b")), show(str.maketrans("aa", "xy")))
print(show("".maketrans("é", "e", "\u4e2d")), show(str.maketrans("ab", "ab", "b")))
t(lambda: str.maketrans("abc", "xy"))
t(lambda: str.maketrans("abc"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans({1.5: "x"}))
t(lambda: str.maketrans({"": "x"}))
t(lambda: str.maketrans([("a", "b")]))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans("a", 2))
t(lambda: str.maketrans("a", "b", 3))
t(lambda: str.maketrans("a", "b", "c", "d"))
t(lambda: str.maketrans())
t(lambda: str.maketrans(b"a", b"b"))

tbl = str.maketrans({"a": "AA", "b": None, "c": "", "d": 0x1F600, "\U0001F600": "e", "é": "e"})
for s in ["abcd", "xyz", "", "aaaa", "déjà vu", "\U0001F600d\U0001F600", "cbcbcb"]:
    print(repr(s), repr(s.translate(tbl)))
print(repr("hello world".translate(str.maketrans("lo", "01", " "))))
print(repr("hello".translate({ord("l"): "LL", ord("h"): None})))
# plain dict keyed by int, values int/str/None
print(repr("abc".translate({97: 98, 98: "\U0001F600", 99: None})))
# str keys are ignored by translate (only ord keys are looked up)
print(repr("abc".translate({"a": "X"})))
# list/tuple/str as lookup tables (__getitem__ with LookupError -> unchanged)
lst = [chr(i).upper() for i in range(128)]
print(repr("mixed Case é \U0001F600".translate(lst)))
print(repr("abc".translate("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba")))


class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        if k == ord("y"):
            return None
        if k == ord("z"):
            return "ZED"
        return k + 1


print(repr("xyzabc".translate(Table())))


class Boom:
    def __getitem__(self, k):
        raise ValueError("no " + chr(k))


t(lambda: "q".translate(Boom()))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: b"x"}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: -1}))
t(lambda: "a".translate(5))
t(lambda: "a".translate())
t(lambda: "a".translate({}, {}))
print(repr("".translate(5)), repr("abc".translate({})))
print(repr("ab".translate({97: "\U0010FFFF", 98: 0})), repr("a".translate({97: 0x10FFFF})))
