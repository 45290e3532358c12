print(sorted({x % 5 for x in range(20)}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({c for c in "aaaa"})
s = {(x, y) for x in range(2) for y in range(2)}
print(sorted(s))
print(len({i // 2 for i in range(10)}), type({1 for _ in []}).__name__)
print(sorted({w.lower() for w in "The the THE quick Quick".split()}))
