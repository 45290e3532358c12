import types
import _helper
print(type(_helper).__name__, isinstance(_helper, types.ModuleType))
_helper.added = "attribute added from outside"
print(_helper.added)
m = types.ModuleType("made_up", "docstring of made_up")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
exec("def f():\n    return 'defined by exec in module namespace'", m.__dict__)
print(m.f(), m.f.__module__)
print(sorted(k for k in vars(_helper) if not k.startswith("__")))
print(_helper.__spec__.name, _helper.__package__ == "", "__file__" in vars(_helper))
