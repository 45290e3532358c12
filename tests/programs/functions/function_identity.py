def f():
    return 1
g = f
print(g is f, g() == f(), g.__name__)
def f():
    return 2
print(g(), f(), g is f)
def make():
    def inner():
        pass
    return inner
a, b = make(), make()
print(a is b, a.__code__ is b.__code__, a == b)
class C:
    def m(self):
        pass
c = C()
print(c.m == c.m, c.m is c.m, C.m is C.m, c.m.__func__ is C.m, c.m.__self__ is c)
print(C().m == c.m)
