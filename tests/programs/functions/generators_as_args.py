print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in "a quick brown fox".split()))
print(any(n > 5 for n in [1, 9]), all(n > 0 for n in []))
print(sorted((c for c in "hello"), reverse=True))
print("-".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["ab", "cde"]))
def consume(it, n):
    return [next(it) for _ in range(n)]
print(consume((i * 10 for i in range(100)), 3))
print(min((abs(v - 7), v) for v in [1, 5, 8, 12]))
