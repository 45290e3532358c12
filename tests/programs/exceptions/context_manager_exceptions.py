class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracker("a"):
    print("body a")
with Tracker("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with Tracker("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Tracker("outer", suppress=True), Tracker("inner"):
    raise RuntimeError("through inner, suppressed by outer")
print("done")
