def handler():
    try:
        raise ExceptionGroup("group", [ValueError(1), OSError(2)])
    except* ValueError as eg:
        print("got", repr(eg))
        raise
    except* OSError as eg:
        print("got", repr(eg))
try:
    handler()
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))
def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("new")
try:
    raise_new()
except ExceptionGroup as eg:
    print("new raised inside except*:", repr(eg), repr(eg.exceptions[0]), type(eg.exceptions[0].__context__).__name__)
try:
    try:
        raise ExceptionGroup("nested", [ExceptionGroup("in", [ValueError("deep")]), TypeError("top")])
    except* ValueError as eg:
        print("structure kept:", repr(eg))
except ExceptionGroup as eg:
    print("left:", repr(eg))
