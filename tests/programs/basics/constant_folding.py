def f(x):
    a = 2 * 3 + 1
    b = -5
    c = (1, 2, (3, "four"))
    d = "ab" * 3
    e = 2 ** 10
    g = x in [1, 2, 3]
    h = x in {4, 5}
    k = ~7
    big = 2 ** 200
    huge_str = "x" * 5000
    return a, b, c, d, e, g, h, k, big, len(huge_str)
print(f(2))
print([c for c in f.__code__.co_consts if not isinstance(c, frozenset)])
print(sorted(next(c for c in f.__code__.co_consts if isinstance(c, frozenset))))
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, (1, 2) == t1)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("still raises:", e)
for i in [10, 20]:
    print(i, end=" ")
print(__debug__, not 0, (1, 2, 3)[1], "abc"[0])
