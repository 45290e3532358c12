def raise_group():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))
try:
    try:
        raise_group()
    except* TypeError:
        print("handled TypeError only")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))
try:
    raise ExceptionGroup("g", [KeyError("k")])
except* (KeyError, IndexError) as eg:
    print("lookup:", repr(eg.exceptions[0]))
else:
    print("no else")
finally:
    print("finally runs")
