def sample(a, b=2, *args, c, d=4, **kw):
    """Docstring here."""
    local_var = a
    return local_var
print(sample.__name__, sample.__qualname__, sample.__doc__, sample.__module__)
print(sample.__defaults__, sample.__kwdefaults__)
code = sample.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_name)
print(code.co_varnames)
sample.custom = "attached"
print(sample.custom, sorted(vars(sample)))
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__)
print(callable(sample), type(sample).__name__, type(C().method).__name__)
def nodoc():
    pass
print(nodoc.__doc__)
sample.__name__ = "renamed"
print(sample.__name__, sample.__qualname__)
