s = "abc"
t = s
s += "d"
print(s, t, s is t)
print("abc" * 3, 3 * "ab", "-" * 0, "ab" + "cd" + "ef")
print("abc" < "abd" < "b", "A" < "a", "abc".__lt__("abd"), max("abc", "abd", "ab"))
print(ord(min("hello")), sorted("hello", reverse=True), list(reversed("abc")))
print("abc"[1], "abc"[-1], "abc"[1:], "abc"[::-1], "abc"[5:], "abc"[-5:])
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(str.__add__("a", "b"), "x".join(map(str, range(3))))
