print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r), type(reversed([])).__name__, type(reversed(range(2))).__name__)
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(SeqOnly())))
for bad in ({1, 2}, iter([1]), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
