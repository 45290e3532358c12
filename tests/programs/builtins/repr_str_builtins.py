values = [1, -2.5, "text", "it's", 'say "hi"', "\n\t\\", b"\x00b", [1, "a"], (1,), {"k": None}, None, True, 3j, range(2), ..., print]
for v in values:
    print(repr(v), "|", str(v))
print(str(), repr(""), str(b"abc"), str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", "latin-1"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(str(object=5), repr(str))
