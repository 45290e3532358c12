class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(3)), [0] * Idx(3), int(Idx(7)) if hasattr(Idx, "__int__") else int.__index__(7))
print((1).__index__(), operator_index := __import__("operator").index(Idx(9)))
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    half = 1.5
    [1, 2][half]
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(42)))
