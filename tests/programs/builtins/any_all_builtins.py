print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
def noisy(v):
    print("checked", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
print(any([[]]), all([[]]), any({0: 1}), all({1: 0}))
