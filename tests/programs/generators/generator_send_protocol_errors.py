def g():
    yield 1
    yield 2
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(gen.send(None))
try:
    gen.throw(TypeError)
except TypeError as e:
    print("throw with class:", repr(e))
try:
    gen.throw("string")
except TypeError as e:
    print(type(e).__name__, e)
gen2 = g()
next(gen2)
try:
    gen2.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
