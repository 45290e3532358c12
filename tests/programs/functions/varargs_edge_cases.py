def f(*args, **kwargs):
    return len(args), sorted(kwargs)
print(f(), f(*[]), f(**{}), f(*(), **{}))
print(f(*"abc", *b"xy", **dict(k=1)))
def g(a, *, b):
    return a, b
args = (1,)
kwargs = {"b": 2}
print(g(*args, **kwargs))
def h(a, b=None, *rest):
    return a, b, rest
print(h(1), h(1, 2), h(1, 2, 3, 4))
print(f(*range(3), *[], x=1, **{"y": 2}))
print(f(*{"one": 1, "two": 2}))
def kwonly_default_none(*, flag=None):
    return flag
print(kwonly_default_none(), kwonly_default_none(flag=0))
