def gen(n):
    for i in range(n):
        yield i
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
print(*gen(3), sep="-")
print(max(gen(5)), min(gen(5)), sorted(gen(3), reverse=True), dict(enumerate(gen(2))))
print(tuple(gen(2)), set(gen(3)) == {0, 1, 2}, "".join(str(x) for x in gen(4)))
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(gen(3), gen(10))), list(map(lambda v: v * v, gen(4))))
