class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
tests = [print, len, lambda: 0, WithCall(), Without(), WithCall, Without, 5, "s", None, str.upper, "s".upper, type, object()]
print([callable(t) for t in tests])
def gen():
    yield
print(callable(gen), callable(gen()))
w = Without()
w.__call__ = lambda: "instance attribute does not count"
print(callable(w))
try:
    w()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
