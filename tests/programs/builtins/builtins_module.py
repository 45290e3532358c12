import builtins
print(builtins.len("abc"), builtins.__name__, type(builtins).__name__)
print(all(hasattr(builtins, n) for n in ["print", "len", "range", "ValueError", "True", "None", "Ellipsis"]))
original = builtins.len
builtins.len = lambda x: "patched"
print(len([1, 2]))
builtins.len = original
print(len([1, 2]))
def shadow():
    len = 5
    return len
print(shadow(), len("ab"))
print(sorted(n for n in dir(builtins) if n in ("abs", "zip", "__build_class__", "__import__")))
print(isinstance(__builtins__, type(builtins)) or isinstance(__builtins__, dict))
