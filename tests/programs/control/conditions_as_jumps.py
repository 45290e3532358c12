# Conditions compiled as jumps (not, and/or, conditional expressions, chained comparisons, `is None`),
# in if, while, assert and comprehension filters: every combination of truth values, with the
# operands' evaluation order and short-circuiting recorded.

log = []


def v(name, value):
    log.append(name)
    return value


class Truthy:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        log.append("bool " + self.name)
        return self.truth

    def __lt__(self, other):
        log.append(f"{self.name}<")
        return Truthy(self.name + "<", self.truth)


def check(label, fn):
    del log[:]
    result = fn()
    print(label, result, log)


for a in (False, True):
    for b in (False, True):
        for c in (False, True):
            check(f"and-or {a} {b} {c}", lambda: "yes" if (v("a", a) and v("b", b)) or v("c", c) else "no")
            check(f"or-and {a} {b} {c}", lambda: "yes" if v("a", a) or (v("b", b) and v("c", c)) else "no")
            check(f"not-and {a} {b} {c}", lambda: "yes" if not (v("a", a) and not v("b", b)) and v("c", c) else "no")


def if_forms(x, y, z):
    out = []
    if x and y:
        out.append("x and y")
    if x or y:
        out.append("x or y")
    if not x:
        out.append("not x")
    if not (x or y or z):
        out.append("none")
    if (x if z else y):
        out.append("ifexp")
    if not (y if x else z):
        out.append("not ifexp")
    if x is None:
        out.append("x is None")
    if y is not None:
        out.append("y is not None")
    if not x is None:
        out.append("not x is None")
    if x is None or y is None:
        out.append("some None")
    if x is not None and y is not None and z is not None:
        out.append("no None")
    return out


for args in [(None, None, None), (0, None, 1), (1, 2, None), (0, 0, 0), ("", [1], None), (1, 1, 1)]:
    print(args, if_forms(*args))


def chains(values):
    out = []
    for x in values:
        if 0 < x < 10:
            out.append(("in", x))
        if not 0 < x <= 5 < 6:
            out.append(("not in", x))
        if 1 < x < 3 or x == 7:
            out.append(("2 or 7", x))
        if x < 5 < x * 2 < 12:
            out.append(("three", x))
    return out


print(chains([-1, 0, 1, 2, 3, 5, 6, 7, 9, 10, 11]))

del log[:]
if Truthy("p", True) < Truthy("q", False) < Truthy("r", True):
    log.append("taken")
print(log)
del log[:]
if not Truthy("p", False) < Truthy("q", True):
    log.append("taken")
print(log)


def whiles():
    out = []
    i = 0
    while i < 10 and not i == 7:
        i += 1
    out.append(i)
    node = {"next": {"next": {"next": None}}}
    depth = 0
    while node is not None:
        node = node["next"]
        depth += 1
    out.append(depth)
    n = 0
    while not (n > 4 or n == 3):
        n += 1
    out.append(n)
    k = 0
    while 0 <= k < 5:
        k += 2
    out.append(k)
    return out


print(whiles())
print([x for x in range(20) if x % 2 and not x % 3 or x == 4])
print([x for x in range(10) if 2 < x < 7 if x is not None])
print([x for x in [None, 1, None, 2] if x is not None])
print({x: y for x, y in [(1, None), (2, 3)] if y is None})

for value in (0, 1, None):
    try:
        assert value is not None and value, f"bad {value}"
        print("assert ok", value)
    except AssertionError as e:
        print("assert failed", e)


def raises_in_condition(x):
    try:
        if x and 1 / x > 0.5 or x is None:
            return "big"
        return "small"
    except ZeroDivisionError as e:
        return str(e)


print([raises_in_condition(x) for x in (0, 1, 4, None)])
