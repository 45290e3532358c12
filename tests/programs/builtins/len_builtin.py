print(len("hello"), len(""), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)))
print(len(b"ab"), len(bytearray(3)), len(frozenset()), len(range(0, 100, 7)), len("é😀"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, 3.0, None, iter([]), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
