def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: f(b=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def g(a, b=1, *, c, d=2):
    pass
for call in (lambda: g(), lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, c=1, e=5)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def h():
    pass
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def m(self, x):
        pass
try:
    K().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    K().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
