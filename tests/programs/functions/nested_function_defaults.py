def outer(x):
    def inner(y=x * 2):
        return y
    x = 100
    return inner
f = outer(5)
print(f(), f(1))
def make_fns():
    result = []
    for name in ("a", "b"):
        def fn(prefix=name):
            return prefix * 2
        result.append(fn)
    return result
print([fn() for fn in make_fns()])
def closure_vs_default():
    v = 1
    def by_closure():
        return v
    def by_default(v=v):
        return v
    v = 2
    return by_closure(), by_default()
print(closure_vs_default())
