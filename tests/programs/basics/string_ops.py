s = "Hello, World"
print(s + "!", s * 2, "-" * 10)
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s.lower(), s.upper(), s.swapcase(), s.title())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"))
print(s.replace("l", "L"), s.replace("l", "L", 1))
print(s.split(", "), "a b  c".split(), "a,b,,c".split(","), "a b c".split(None, 1))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "ell" in s, "z" not in s)
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("-".join(["a", "b", "c"]), "".join(reversed("abc")))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc")
print("42".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Ab".istitle())
print("x".center(5, "*"), "x".ljust(3, "."), "x".rjust(3, "."), "42".zfill(5), "-42".zfill(5))
print("a\tb".expandtabs(4), "line1\nline2\r\nline3".splitlines())
print("hello world".capitalize(), "ß".upper(), "ǅ".lower())
print("one two three".partition(" "), "one two three".rpartition(" "))
print("abc".removeprefix("a"), "abc".removesuffix("c"))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
