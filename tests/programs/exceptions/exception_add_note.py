try:
    e = ValueError("base message")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(type(err).__name__, err)
    print(err.__notes__)
e2 = KeyError("k")
print(hasattr(e2, "__notes__"))
try:
    e2.add_note(42)
except TypeError as exc:
    print(type(exc).__name__, exc)
def with_context(value):
    try:
        return int(value)
    except ValueError as exc:
        exc.add_note(f"while parsing {value!r}")
        raise
try:
    with_context("x")
except ValueError as exc:
    print(exc, exc.__notes__)
