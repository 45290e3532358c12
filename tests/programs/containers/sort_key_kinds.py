# Sorting keys that are all exact ints, floats, strs or tuples compares them without Python code; the order
# (and stability, and what happens with NaN, -0.0, non-BMP text, mixed tuples) must be CPython's.


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return isinstance(other, Rev) and self.v == other.v

    def __repr__(self):
        return f"Rev({self.v})"


state = 7
nums = []
for i in range(300):
    state = (state * 1103515245 + 12345) % 2**31
    nums.append(state % 1000 - 500)
print(sorted(nums)[:10], sorted(nums, reverse=True)[:10])
print(sorted(range(20), key=lambda x: x % 4))
floats = [x / 7 for x in nums[:40]] + [float("inf"), -0.0, 0.0, float("-inf")]
print(sorted(floats)[:6], sorted(floats)[-3:])
print(sorted([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]))
words = ["pear", "Apple", "apple", "é", "z", "😀", "\ue000", "", "pea", "peak", "😀a", "\uffff"]
print(sorted(words))
print(sorted(words, key=len))
pairs = [(n % 3, -n, str(n)) for n in nums[:30]]
print(sorted(pairs)[:5])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), ()]))
print(sorted([(1, 2.5), (1, 2), (0, float("nan")), (0, 1.0)]))
print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(9)), (1, Rev(2))]))
print(sorted([(2**70, 1), (2**70, 0), (-2**70, 5)]))
print(sorted([2**70, 5, -2**71, 0]), sorted([True, 0, False, 2]), sorted([1, 1.5, 0.5, 2]))
print(sorted(["b", "a"], key=lambda s: (s, 1)), sorted([[2], [1, 3], [1]]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda kv: kv[1]), sorted(data, key=lambda kv: -kv[1]))
