for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = (lambda v: "big" if v > 100 else "small")
print(f(5), f(500))
print((1 if True else 2) + (3 if False else 4))
z = None
print(z.upper() if z is not None else "no value")
