print({x: x ** 2 for x in range(5)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({(i, j): i * j for i in range(2) for j in range(2)})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
print({i % 3: i for i in range(10)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
