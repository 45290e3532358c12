def repeat(times):
    def decorate(func):
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(x):
    return f"hi {x}"
print(hello("a"))
registry = {}
def register(name=None):
    def deco(f):
        registry[name or f.__name__] = f
        return f
    return deco
@register()
def alpha():
    return "A"
@register("b")
def beta():
    return "B"
print(sorted(registry), registry["b"](), alpha())
def count_calls(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
@(lambda f: f.__name__.upper())
def weird():
    pass
print(weird)
class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *args):
        return ("Deco", self.f(*args))
@Deco
def plus1(x):
    return x + 1
print(plus1(41), type(plus1).__name__)
