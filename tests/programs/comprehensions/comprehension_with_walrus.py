data = [4, 9, 16, 25, 30]
import math
roots = [r for x in data if (r := math.isqrt(x)) ** 2 == x]
print(roots, r)
running = 0
sums = [running := running + v for v in range(1, 6)]
print(sums, running)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["hi", "hello", "hey"]), first_long(["a"]))
print([y for x in range(5) if (y := x * x) > 5])
