from _with_all import *
print(exported, AlsoExported.__name__)
try:
    print(not_exported)
except NameError as e:
    print(type(e).__name__, e)
from _no_all import *
print(public_a, public_b, json.__name__)
for name in ("_private_c", "_math_alias"):
    print(name, name in globals())
import _no_all
print(_no_all._private_c, _no_all._math_alias.sqrt(4))
