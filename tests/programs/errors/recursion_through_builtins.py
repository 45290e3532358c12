# Recursion that goes through builtins (sorted's key, map, sum over a generator, operators and properties
# of classes) nests evaluation loops: it must end in RecursionError, never in a crash of the process.
# (CPython's message gets a suffix naming the C-level check that tripped, e.g. " while calling a Python
# object", which depends on the depth reached: only its start is compared.)


def via_sorted(n):
    return sorted([1, 2], key=lambda x: via_sorted(n + 1))


def via_map(n):
    return list(map(lambda x: via_map(n + 1), [1]))


def via_sum(n):
    return sum(via_sum(n + 1) for _ in range(1))


class Add:
    def __add__(self, other):
        return self + other


class Prop:
    @property
    def p(self):
        return self.p


class Repr:
    def __repr__(self):
        return repr([self])


for label, thunk in [("sorted", lambda: via_sorted(0)), ("map", lambda: via_map(0)), ("sum", lambda: via_sum(0)),
                     ("add", lambda: Add() + 1), ("property", lambda: Prop().p), ("repr", lambda: repr(Repr()))]:
    try:
        thunk()
    except RecursionError as e:
        print(label, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))
print("still running:", sum(range(10)))
