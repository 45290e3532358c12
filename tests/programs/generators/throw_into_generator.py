def resilient():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown before start:", e)
print(list(s))
