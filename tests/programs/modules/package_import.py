import pkg
print(pkg.PKG_CONSTANT, pkg.sub_function(), pkg.__name__, pkg.__package__)
print(hasattr(pkg, "sub"), pkg.sub.SUB_VALUE)
import pkg.sub
from pkg.sub import SUB_VALUE
print(SUB_VALUE, pkg.sub.__name__, pkg.sub.__package__)
from pkg import *
print(PKG_CONSTANT, sub_function.__module__)
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg")))
print(hasattr(pkg, "__path__"), hasattr(pkg.sub, "__path__"))
