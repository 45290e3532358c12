def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(), describe(a=1), describe(b=2, a=1))
opts = {"color": "red", "size": 3}
print(describe(**opts), describe(**opts, extra=True))
def point(x, y, z=0):
    return (x, y, z)
print(point(**{"x": 1, "y": 2}), point(1, **{"z": 5, "y": 3}))
def passthrough(*args, **kwargs):
    return point(*args, **kwargs)
print(passthrough(7, 8), passthrough(y=1, x=2))
try:
    point(**{"x": 1, "w": 2, "y": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
