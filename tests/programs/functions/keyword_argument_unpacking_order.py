def show(**kw):
    return list(kw.items())
a = {"x": 1, "y": 2}
b = {"z": 3}
print(show(**a, **b), show(w=0, **a), show(**b, w=0))
def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4), f(*[1, 2], **{"c": 3, "d": 4}))
args = [1]
try:
    f(*args, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def g(*, a, b=2, **rest):
    return a, b, rest
print(g(a=1, c=3), g(b=5, a=4))
