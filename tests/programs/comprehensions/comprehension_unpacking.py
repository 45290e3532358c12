pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s for _, s in pairs])
print([(b, a) for a, b in pairs])
print([first for first, *rest in ["xyz", "ab"]], [rest for first, *rest in ["xyz", "ab"]])
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
print({k: v for k, v in [("x", 1), ("y", 2)]})
print([[*row, 0] for row in [[1], [2, 3]]])
print([*range(3), *"ab"], {*range(3), 3}, {**{"a": 1}, "b": 2})
