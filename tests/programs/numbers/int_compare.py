# int comparisons: == != < <= > >= among ints, bools, floats, huge values; chained; rich-compare dunders
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [-(2**100), -(2**63), -1, 0, 1, True, False, 2**63 - 1, 2**64, 10**30]
for a in vals:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) == (b > a, b >= a, b == a, b != a, b < a, b <= a) for b in vals],
          [int(a < b) - int(a > b) for b in vals])

t(lambda: 1 < 2 < 3)
t(lambda: 1 < 3 < 2)
t(lambda: 3 > 2 == 2)
t(lambda: 1 == 1.0 == True)
t(lambda: 0 == -0 == 0.0 == -0.0 == False)

# comparisons with other types
t(lambda: 1 == "1")
t(lambda: 1 != "1")
t(lambda: 1 == None)
t(lambda: 1 == [1])
t(lambda: 1 == 1 + 0j)
t(lambda: 1 == 1 + 1e-300j)
t(lambda: 1 < "2")
t(lambda: "2" > 1)
t(lambda: 1 <= None)
t(lambda: 1 >= [])
t(lambda: 1 < 1j)
t(lambda: 1 > (1,))

# dunders return NotImplemented for unknown types
t(lambda: (5).__eq__(5))
t(lambda: (5).__eq__(5.0))
t(lambda: (5).__eq__("5"))
t(lambda: (5).__lt__(6))
t(lambda: (5).__lt__(6.0))
t(lambda: (5).__ne__(True))
t(lambda: (5).__ge__(5))
t(lambda: (5).__gt__(None))
t(lambda: (1).__eq__(True))
t(lambda: True.__eq__(1))
t(lambda: int.__lt__(1, 2))
t(lambda: int.__lt__(1.0, 2))

# min / max / sorted with ints and mixed numeric types
t(lambda: min(3, -2, 10**20, True))
t(lambda: max(3, -2, 10**20, True))
t(lambda: max(1, 1.0))
t(lambda: max(1.0, 1))
t(lambda: min(0, False, -0.0))
t(lambda: sorted([3, True, -1, 2.5, 0, False, 10**20, -(10**20)]))
t(lambda: sorted([1, "a"]))
t(lambda: max(1, "a"))

# subclass with custom comparison
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)
    def __gt__(self, other):
        return int(self) < int(other)
t(lambda: Rev(1) < Rev(2))
t(lambda: Rev(1) < 2)
t(lambda: 2 < Rev(1))
t(lambda: 2 > Rev(1))
t(lambda: sorted([Rev(1), Rev(3), Rev(2)]))

class Other:
    def __eq__(self, other):
        return "other-eq"
    def __gt__(self, other):
        return "other-gt"
t(lambda: 1 == Other())
t(lambda: 1 < Other())
t(lambda: 1 != Other())
t(lambda: 1 > Other())
