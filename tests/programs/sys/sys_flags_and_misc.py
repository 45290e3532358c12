import sys
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1, True, False))
print(callable(sys.exit), callable(sys.getrecursionlimit), sys.exc_info() == (None, None, None))
print(sys.float_repr_style, sys.api_version > 0, isinstance(sys.executable, str))
print(sorted(k for k in ("stdin", "stdout", "stderr", "argv", "path", "modules") if hasattr(sys, k)))
