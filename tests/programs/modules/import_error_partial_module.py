import sys
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print("import failed:", type(e).__name__, e)
print("_raises_on_import" in sys.modules)
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print("second attempt runs the module again:", e)
try:
    import _definitely_missing_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import nonexistent_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import pkg.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
