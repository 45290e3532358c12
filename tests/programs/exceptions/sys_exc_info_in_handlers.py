import sys
print(sys.exc_info())
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exception() is v if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise TypeError("inner")
    except TypeError:
        print("inner:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
def in_function():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print("seen from a callee:", in_function().__name__)
