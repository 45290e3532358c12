a = [1, 2]; b = (3,); s = {9}
print([*a, 0, *b], (*a,), (0, *a, *b, 5), {*a, 7, *s} == {1, 2, 7, 9}, [*"ab"])
d1 = {"x": 1}; d2 = {"y": 2, "x": 3}
print({**d1}, {"a": 0, **d1, "b": 1, **d2, "c": 2}, {**d1, **d2}, {})
x, *y = *a, *b
print(x, y)
try: {**[1]}
except TypeError as e: print(e)
try: [*5]
except TypeError as e: print(e)
