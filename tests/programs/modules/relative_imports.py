from pkg.nested import deep
print(deep.report())
import pkg.nested.deep as d2
print(d2 is deep, d2.__name__)
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg")))
try:
    exec("from . import anything")
except ImportError as e:
    print(type(e).__name__, e)
