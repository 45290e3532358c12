def inner():
    try:
        while True:
            received = yield
            print("inner got", received)
    except ValueError as e:
        print("inner handled", e)
        yield "after error"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer sees return", r)
g = outer()
next(g)
g.send("a")
g.send("b")
print(g.throw(ValueError("boom")))
g.close()
print("closed")
def inner2():
    return (yield "inner2 first")
def outer2():
    value = yield from inner2()
    yield f"outer2 got {value}"
o = outer2()
print(next(o))
print(o.send("sent through"))
