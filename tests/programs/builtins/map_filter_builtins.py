print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", ""])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(str.isupper, "aBcD")), list(filter(lambda x: x > 1, range(4))))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [2, 2], [3, 5])))
