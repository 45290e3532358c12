print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip(*[(1, 2), (3, 4)])))
print(dict(zip(["a", "b"], range(2))), list(zip(range(3), "xyz", [True, False, None])))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
