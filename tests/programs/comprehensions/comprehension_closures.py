funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([f(10) for f in make()])
adders = {n: (lambda v, n=n: v + n) for n in (1, 5)}
print(adders[1](1), adders[5](1))
def outer():
    base = 100
    return [(lambda: base + j)() for j in range(3)]
print(outer())
