import functools
@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a <= b, a > b, a >= b, a == Version("1.0"), a != b)
print(a == "1.0", a != "1.0")
try:
    a < "2.0"
except TypeError as e:
    print(type(e).__name__, e)
class Reflect:
    def __gt__(self, other):
        return "Reflect.__gt__ called"
print(1 < Reflect(), Reflect() > 1)
