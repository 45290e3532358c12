try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e.args)
try:
    "abc".missing_method
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)
try:
    undefined_var
except NameError as e:
    print(e.name, e)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from math import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    int("q")
except ValueError as e:
    print(e.args)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print(e.args)
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), e.value, e.args)
