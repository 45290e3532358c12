def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    pass
code = f.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
def g(x, /, y):
    pass
print(g.__code__.co_posonlyargcount, g.__code__.co_argcount)
lam = lambda *a, **k: None
print(bool(lam.__code__.co_flags & 0x04), lam.__code__.co_argcount)
import inspect
print(inspect.signature(f))
print(list(inspect.signature(g).parameters))
