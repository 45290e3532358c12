m = __import__("math")
print(m.floor(2.7), m.__name__)
os_path = __import__("os.path")
print(os_path.__name__)
p = __import__("os.path", fromlist=["join"])
print(p.__name__ in ("posixpath", "ntpath"), p.join("a", "b"))
import importlib
j = importlib.import_module("json")
print(j.dumps({"a": [1, None]}))
try:
    __import__("no_such_module_abc")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
import sys
print("math" in sys.modules, sys.modules["math"] is m)
