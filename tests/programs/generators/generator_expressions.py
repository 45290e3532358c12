squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares), list(squares), list(squares))
words = ["apple", "bob", "kayak", "level", "python"]
palins = (w for w in words if w == w[::-1])
print(list(palins))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
total = sum(len(w) for w in words)
print(total)
g = (x for x in [1, 2, 3])
print(2 in g, list(g))
try:
    (1 / x for x in [1, 0])
    print("creating does not evaluate")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print("first iterable evaluated eagerly:", e)
