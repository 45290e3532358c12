# BINARY_SUBSCR_STR_INT and COMPARE_OP_STR_JUMP inline: text[i] (negative, out of range, astral characters)
# and str == / != against str subclasses with their own __eq__.
class S(str):
    def __eq__(self, other):
        return "S.__eq__"
    __hash__ = str.__hash__
def scan(text, target):
    n = 0
    for i in range(-len(text), len(text)):
        ch = text[i]
        if ch == target:
            n += 1
        if ch != "a":
            n += 2
        if "b" == ch:
            n += 4
    return n
for t in ["abcab", "ab\U0001F600ba", "", "a" * 50, S("xab")]:
    print(repr(t), scan(t, "b"), scan(t, S("b")))
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[-4]
except IndexError as e:
    print("IndexError:", e)
print("\U0001F600x"[1], "\U0001F600x"[-1], "\U0001F600x"[0] == "\U0001F600")
