def f():
    try:
        raise ValueError("from try")
    finally:
        raise TypeError("from finally")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        raise KeyError("finally raises over return")
try:
    g()
except KeyError as e:
    print(type(e).__name__, e)
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break swallowed the exception"
print(h())
