print(getattr([1, 2], "count")(1), getattr("abc", "upper")(), getattr(5, "real"), getattr(int, "__name__"))
print(hasattr([], "append"), hasattr((), "append"), hasattr(None, "__class__"), hasattr(1, "imag"))
print(getattr(dict, "fromkeys")("ab"), getattr(str, "join")("-", "xyz"))
try:
    getattr([], "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(int, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].nope = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(str, "new_method", 1)
except TypeError as e:
    print(type(e).__name__, e)
import math
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
