# sum() adds exact ints in a machine word and floats in a double while it can (as CPython does); the
# results must be those of repeated +, through overflow, mixed types and classes with their own __add__.
import sys


class Meters(int):
    def __add__(self, other):
        return "Meters.__add__"

    __radd__ = __add__


class Acc:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Acc(other + self.v) if not isinstance(other, Acc) else Acc(other.v + self.v)

    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))

    def __repr__(self):
        return f"Acc({self.v})"


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


big = sys.maxsize
show("ints", lambda: sum(range(1000)))
show("generator", lambda: sum(x * x for x in range(100)))
show("bools", lambda: sum([True, True, False, 3]))
show("overflow", lambda: sum([big, 1, 1]))
show("overflow negative", lambda: sum([-big, -1, -1, -1]))
show("back under", lambda: sum([big, big, -big, -big]))
show("big start", lambda: sum([1, 2], 2**70))
show("int then float", lambda: sum([1, 2, 0.5, 3, 4.25]))
show("float start", lambda: sum([1, 2, 3], 0.0))
show("float then big int", lambda: sum([0.5, 2**53 + 1, 2**70]))
show("float and bool", lambda: sum([0.5, True]))
show("float nan inf", lambda: sum([float("inf"), 1, float("-inf")]))
show("negative zero", lambda: sum([-0.0, -0.0], -0.0))
show("int subclass", lambda: sum([1, Meters(2), 3]))
show("int subclass in floats", lambda: sum([1.5, Meters(2)]))
show("radd", lambda: sum([1, Acc(2), 3]))
show("start object", lambda: sum([1, 2], Acc(10)))
show("bool start", lambda: sum([1, 2], True))
show("complex", lambda: sum([1, 2j, 0.5]))
show("lists", lambda: sum([[1], [2]], []))
show("str items", lambda: sum([1, "a"]))
show("str start", lambda: sum([], ""))
show("empty float start", lambda: sum([], 1.5))
show("not iterable", lambda: sum(5))
