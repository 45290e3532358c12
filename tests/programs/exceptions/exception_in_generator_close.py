def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
print("closed")
def bad_gen():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse to close"
b = bad_gen()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
