def layered():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", repr(e))
        yield "handled"
    finally:
        print("outer finally")
g = layered()
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("stopped")
