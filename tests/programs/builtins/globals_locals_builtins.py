x = 10
g = globals()
print(g["x"], "x" in g, g is globals(), type(g).__name__)
g["created_via_globals"] = "yes"
print(created_via_globals)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc)
print(f(1))
def g2():
    v = 1
    locals()["v"] = 99
    return v
print(g2())
print(locals() is globals())
class K:
    inside = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(sorted(k for k in globals() if k.startswith("__")))
print(__name__, globals()["__name__"])
