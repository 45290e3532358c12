print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x * 2 for x in range(3)))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple({3: 4}.items()))
l = [3, 1, 2]
print(list(l) is l, list(l) == l, tuple(t := (1, 2)) is t)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2].__len__(), [1, 2] * 0, (1, 2) * 2, [[1]] * 2)
nested = [1, [2, [3]]]
shallow = list(nested)
shallow[1].append(4)
print(nested)
