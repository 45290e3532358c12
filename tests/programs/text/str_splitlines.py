# str.splitlines: every line boundary, keepends, CRLF handling, edge cases (and bytes contrast)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


boundaries = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
non_boundaries = ["\x1f", "\t", "\u200b", "\x00", "\n\r", "\u0085\n", "\ufeff", "\u000d\u000a\u000a"]
for b in boundaries + non_boundaries:
    s = "a" + b + "b"
    print(repr(b), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print()
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end"
print(text.splitlines())
print(text.splitlines(True))
print(len(text.splitlines()), "".join(text.splitlines(True)) == text)

for s in ["", "\n", "\n\n", "\r\n\r\n", "\r\r\n", "\n\r", "abc", "abc\n", "\nabc", "a\n\nb\n\n",
          "\r", "\r\n", "x\r\n\ny", " \n ", "\U0001F600\n\U0001F600", "𝔘\u2028𝔘\u2029",
          "\x85\x85", "\r\x85"]:
    print(repr(s), s.splitlines(), s.splitlines(keepends=True))
# keepends accepts any int-like / bool
print("a\nb".splitlines(0), "a\nb".splitlines(1), "a\nb".splitlines(keepends=False))
print("a\nb".splitlines(2), "a\nb".splitlines(-1))
t(lambda: "a\nb".splitlines("x"))
t(lambda: "a\nb".splitlines(None))
t(lambda: "a\nb".splitlines(1.5))
t(lambda: "a\nb".splitlines(True, False))
t(lambda: "a\nb".splitlines(ends=True))
# contrast with split('\n')
for s in ["a\nb\n", "a\r\nb", "", "\n"]:
    print(repr(s), s.split("\n"), s.splitlines())
# bytes only recognises \n, \r, \r\n
bs = b"a\nb\rc\r\nd\x0be\x0cf\x1cg\x85h"
print(bs.splitlines())
print(bs.splitlines(True))
print(bytearray(b"x\r\ny\n").splitlines(), bytearray(b"x\r\ny\n").splitlines(keepends=True))
print(b"".splitlines(), b"\n".splitlines(), b"\r\r\n".splitlines(True))
t(lambda: b"a".splitlines("x"))
print(type("a\nb".splitlines()[0]).__name__, type(bytearray(b"a\nb").splitlines()[0]).__name__)
