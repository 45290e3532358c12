def g():
    x = yield
    print("got", x)
    y = yield x
    print("got", y)
    z = (yield) or "default"
    print("z is", z)
    w = yield from []
    print("w is", w)
gen = g()
print(next(gen))
print(gen.send("first"))
print(gen.send("second"))
try:
    gen.send(None)
except StopIteration:
    print("done")
def in_expression():
    total = 1 + (yield 10)
    yield total
ie = in_expression()
print(next(ie), ie.send(5))
