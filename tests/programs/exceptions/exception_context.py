try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")
except IndexError as e:
    print("finally context:", type(e.__context__).__name__, e.__context__)
def nested():
    try:
        raise OSError("level 1")
    except OSError:
        try:
            raise ValueError("level 2")
        except ValueError:
            raise RuntimeError("level 3")
try:
    nested()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
e = ValueError("standalone")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
