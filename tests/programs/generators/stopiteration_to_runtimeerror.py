def bad():
    yield 1
    raise StopIteration("manual")
try:
    print(list(bad()))
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
def leaky():
    it = iter([])
    yield next(it)
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def fine():
    it = iter([1])
    try:
        while True:
            yield next(it)
    except StopIteration:
        return
print(list(fine()))
