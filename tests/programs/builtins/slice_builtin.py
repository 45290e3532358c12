s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, 2))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(-3, None)], "abcdef"[slice(None, None, -2)])
print(s.indices(4), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
    print("slices hashable in 3.11?")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class Sl:
    def __getitem__(self, k):
        return k
print(Sl()[1:2], Sl()[::], Sl()[1:2, 3], Sl()[..., 1:])
