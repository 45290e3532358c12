import sys
import os
print("sys" in sys.modules, "builtins" in sys.modules, type(sys.modules).__name__)
print(os.path.basename(sys.path[0]), isinstance(sys.path, list))
print(sys.modules["__main__"].__name__, __name__ in sys.modules)
main = sys.modules["__main__"]
marker = "set on main module"
print(main.marker)
print(sys.builtin_module_names.__class__.__name__, "sys" in sys.builtin_module_names)
