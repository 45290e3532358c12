class K:
    def m(self, x):
        return (type(self).__name__, x)
k = K()
bound = k.m
print(bound(1), bound.__self__ is k, bound.__func__ is K.m)
unbound = K.m
print(unbound(k, 2), type(unbound).__name__, type(bound).__name__)
print(K.m(None, 3) if False else "skip", unbound("not a K", 4))
methods = [k.m, K().m]
print([f(5)[1] for f in methods])
def free(self):
    return "free function as method"
K.free = free
print(k.free())
k.other = free
try:
    k.other()
except TypeError as e:
    print(type(e).__name__, e)
