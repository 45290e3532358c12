square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda x, y=10: x + y)(5), (lambda x, /, *, y: x - y)(10, y=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda s: s[::-1], ["abc", "de"])), list(filter(lambda n: n % 3 == 0, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__, (lambda: 0).__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
