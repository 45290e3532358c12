class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("__contains__", x)
        return self.lo <= x < self.hi
r = Range(1, 10)
print(5 in r, 10 in r, 0 not in r)
class Truthy:
    def __contains__(self, x):
        return "non-empty string"
print(1 in Truthy())
class ViaIter:
    def __iter__(self):
        print("falling back to __iter__")
        return iter([1, 2, 3])
print(2 in ViaIter(), 5 in ViaIter())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
