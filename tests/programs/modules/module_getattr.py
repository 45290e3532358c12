import _lazy_attrs
print(_lazy_attrs.real, _lazy_attrs.lazy_value, getattr(_lazy_attrs, "lazy_x"))
print(dir(_lazy_attrs))
try:
    _lazy_attrs.missing
except AttributeError as e:
    print(type(e).__name__, e)
from _lazy_attrs import lazy_imported
print(lazy_imported)
try:
    from _lazy_attrs import not_lazy
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
