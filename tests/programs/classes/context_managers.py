class Timer:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self.log
    def __exit__(self, exc_type, exc_value, traceback):
        self.log.append(f"exit {exc_type.__name__ if exc_type else 'clean'}")
        print(self.name, self.log)
        return isinstance(exc_value, KeyError)
with Timer("first") as log:
    log.append("body")
with Timer("second"):
    raise KeyError("swallowed")
try:
    with Timer("third"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t, tag("span"):
    print("content", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
