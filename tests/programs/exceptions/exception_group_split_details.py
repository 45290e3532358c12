eg = ExceptionGroup("top", [
    ValueError("v"),
    ExceptionGroup("mid", [TypeError("t"), ValueError("v2"), ExceptionGroup("low", [KeyError("k")])]),
])
def show(g, indent=0):
    if g is None:
        print(" " * indent + "None")
        return
    print(" " * indent + f"{type(g).__name__}({g.message!r})")
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + 2)
        else:
            print(" " * (indent + 2) + repr(e))
m, r = eg.split((ValueError, KeyError))
show(m)
show(r)
m2, r2 = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "low")
show(m2)
show(r2)
m3, r3 = eg.split(Exception)
print(m3 is eg, r3)
print(eg.subgroup(lambda e: False))
