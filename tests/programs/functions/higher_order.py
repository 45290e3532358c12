def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 10), apply_twice(str.upper, "a"))
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
pipeline = compose(str, abs, lambda n: n * -2)
print(repr(pipeline(21)))
from functools import reduce, partial
print(reduce(lambda acc, v: acc * v, range(1, 8)), reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))
int2 = partial(int, base=2)
print(int2("1011"), int2("111"))
def curry(f):
    def outer(a):
        def inner(b):
            return f(a, b)
        return inner
    return outer
print(curry(pow)(2)(8))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print([ops[o](3, 4) for o in "+*"])
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
