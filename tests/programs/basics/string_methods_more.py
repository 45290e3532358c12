print("Hello World".casefold(), "straße".casefold())
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), " a  b ".split(" "))
print("{:}".join("xyz"), ", ".join(map(str, [1, 2, 3])))
print("abcabc".index("c", 3), "abcabc".rindex("a"), "abcabc".count("bc", 1))
print("ab12".isidentifier(), "1ab".isidentifier(), "ABC".isupper(), "abc".islower())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("hello"[1:-1], "hello"[10:], "hello"[-100:2], "hello"[::-2])
print("Mississippi".replace("ss", "SS", 1), "aaa".replace("a", "b", 0))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd dcba".translate(tbl))
print("x".join([]), "".join(["only"]))
print("%s" % [1, "a"], str([1, "a"]), repr(["a"]))
print("   indent".find("i"), "tab\there".expandtabs())
print("A1b2".swapcase(), "hello world".title(), "they're bill's".title())
try:
    "a".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
