print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([[row * col for col in range(1, 4)] for row in range(1, 4)])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
words = ["apple", "Banana", "cherry"]
print([w[0] for w in words], [len(w) for w in words if w.islower()])
print([i for i, ch in enumerate("abcabc") if ch == "b"])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row], [[row[i] for row in matrix] for i in range(3)])
print([y for x in [[1, [2]], [3]] for y in x])
print([f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())])
