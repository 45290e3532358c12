def plain(*args):
    return args
sm = staticmethod(plain)
cm = classmethod(plain)
class K:
    s = sm
    c = cm
    p = property(lambda self: "prop value")
print(K.s(1), K().s(2), K.c(3)[0].__name__, K().c(4)[1], K().p)
print(type(K.__dict__["p"]).__name__, K.p.fget(None), K.p.fset, K.p.fdel)
print(sm.__func__ is plain, cm.__func__ is plain)
p = property()
class E:
    attr = p
try:
    E().attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    E().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
newp = property(lambda s: 1).setter(lambda s, v: None)
print(newp.fset is not None)
