import sys
print(sys.exc_info())
def inspect_current():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None, tb is not None)
try:
    raise ValueError("current")
except ValueError:
    print(inspect_current())
    try:
        raise KeyError("nested")
    except KeyError:
        print(inspect_current())
    print(inspect_current())
print(inspect_current())
def gen():
    try:
        raise RuntimeError("in generator")
    except RuntimeError:
        yield inspect_current()
    yield inspect_current()
print(list(gen()))
