try:
    try:
        1 / 0
    except ZeroDivisionError:
        e = ValueError("replacement")
        e.__suppress_context__ = True
        raise e
except ValueError as err:
    print(err.__suppress_context__, type(err.__context__).__name__, err.__cause__)
e = RuntimeError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
