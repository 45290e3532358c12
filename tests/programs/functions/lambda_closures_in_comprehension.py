fs = [lambda: x for x in range(3)]
print([f() for f in fs])
gs = [(lambda y: lambda: y)(x) for x in range(3)]
print([g() for g in gs])
hs = {k: (lambda k=k: k.upper()) for k in "ab"}
print({k: h() for k, h in hs.items()})
def outer():
    n = 1
    fns = [lambda: n + i for i in range(2)]
    n = 10
    return [f() for f in fns]
print(outer())
