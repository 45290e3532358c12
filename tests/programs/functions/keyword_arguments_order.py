def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, d=40), f(d=4, c=3, b=2, a=1), f(1, c=30, b=20))
def g(**kw):
    return list(kw)
print(g(z=1, a=2, m=3))
def h(*args, **kw):
    return args, kw
print(h(1, 2, x=3, y=4))
print(h(*[1], *[2], **{"a": 1}, **{"b": 2}))
order = []
def trace(v):
    order.append(v)
    return v
f(trace(1), trace(2), d=trace(3), c=trace(4))
print(order)
print(dict(sorted(dict(c=1, a=2, b=3).items())))
