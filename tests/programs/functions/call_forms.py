class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(5), c(step=10))
print(callable(c), callable(Counter), callable(1), callable(print))
def outer():
    return lambda: (lambda: "deep")
print(outer()()())
funcs = {"sq": lambda x: x * x}
print(funcs["sq"](9))
print([f(3) for f in (abs, str, float, bin)])
print(getattr("text", "upper")())
m = "a,b".split
print(m(","))
print((lambda *a: a)(*range(3), 5))
try:
    obj = "not callable"
    obj()
except TypeError as e:
    print(type(e).__name__, e)
