print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((9,)), max(range(10)))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([], default="empty"))
print(min([1, 1.0]), max([1.0, 1]), max([True, 1]), min("b", "a", key=str.upper))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({3: "a", 1: "b"}), max({3: "a", 1: "b"}.values()))
print(max([2, 3, 1], key=lambda x: -x), min([], key=len, default=None))
for bad in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min(1, 2, default=0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
