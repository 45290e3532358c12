# find/rfind/index/rindex/count with start/end: negative, out-of-range, None, empty needle


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "abcabcabc"
bounds = [None, -100, -9, -4, -1, 0, 1, 3, 8, 9, 10, 100]
for sub in ["abc", "c", "", "ca", "abcabcabcd"]:
    print("sub", repr(sub))
    for a in bounds:
        row = []
        for b in bounds:
            row.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b)))
        print(" ", a, row)

# only start given
for a in [-100, -3, 0, 4, 9, 10, 100]:
    print(a, s.find("a", a), s.rfind("a", a), s.count("a", a), s.find("", a), s.rfind("", a), s.count("", a))
# empty needle with start beyond length
print("".find(""), "".rfind(""), "".count(""), "".find("", 1), "".count("", 1), "".find("", -1))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 4), "abc".count("", 2, 1))
# index / rindex success and failure
print(s.index("b", 2), s.rindex("b", 0, -1), s.index("", 9), s.rindex("", -2))
t(lambda: s.index("b", 8))
t(lambda: s.rindex("a", 1, 3))
t(lambda: s.index("", 10))
t(lambda: s.rindex("abc", -2))
t(lambda: s.index("a", 2**100))
t(lambda: s.index("a", -2**100))
print(s.find("a", 2**100), s.find("a", -2**100), s.rfind("c", -2**100, 2**100), s.count("a", 0, 2**70))


class I:
    def __index__(self):
        return 3


print(s.find("a", I()), s.rfind("a", 0, I()), s.count("b", I(), None), s.index("c", I()))
print(s.find("a", True), s.count("a", False, True))
t(lambda: s.find("a", 1.0))
t(lambda: s.count("a", "0"))
t(lambda: s.rindex("a", 0, []))
t(lambda: s.find("a", start=1))
t(lambda: s.count())
t(lambda: s.index())
# non-BMP with bounds
n = "\U0001F600a\U0001F600a\U0001F600"
print(n.find("a", -3), n.rfind("\U0001F600", 0, -1), n.count("\U0001F600", 1, -1), n.index("a", 2))
print(n.count("\U0001F600", -1), n.count("\U0001F600a", -100, 100), n.rfind("", 10), n.rfind("", 2, 3))
