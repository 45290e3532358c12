x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None)
def nothing():
    pass
print(nothing(), nothing() is None)
print(bool(None), None.__class__.__name__)
a = []
b = a
c = []
print(a is b, a is c, a == c)
print(True is True, ... is Ellipsis, repr(...), NotImplemented.__class__.__name__)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x()
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[0]
except TypeError as e:
    print(type(e).__name__, e)
