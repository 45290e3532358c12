# Calls of builtin functions and builtin types' methods skip their argument checks once specialized;
# a different callable, self of another type or a wrong count must still behave as in CPython.


def lengths(items, f=len):
    return [f(x) for x in items]


data = ["ab", [1, 2, 3], (), {"k": 1}] * 10
print(sum(lengths(data)))
print(lengths(data[:4], abs if False else str))
try:
    lengths([5])
except TypeError as e:
    print("TypeError:", e)


def append_all(target, items):
    for x in items:
        target.append(x)
    return target


print(len(append_all([], range(50))))


class MyList(list):
    def append(self, x):
        super().append(x * 10)


print(append_all(MyList(), range(3)), append_all(bytearray(), range(65, 68)))


def call_method(obj, name, *args):
    return getattr(obj, name)(*args)


def upper_all(words):
    return [w.upper() for w in words]


print(upper_all(["a", "b"] * 20)[:3])


class S(str):
    def upper(self):
        return "S.upper"


print(upper_all([S("x"), "y"]))
try:
    upper_all([1])
except AttributeError as e:
    print("AttributeError:", e)


def descriptor_calls(values):
    return [str.upper(v) for v in values]


print(descriptor_calls(["a"] * 30)[:2])
try:
    descriptor_calls([b"x"])
except TypeError as e:
    print("TypeError:", e)


def isinst(values):
    return [isinstance(v, int) for v in values]


print(sum(isinst(list(range(40)) + ["x", 1.5, True])))
print([divmod(a, 3) for a in range(5)], [min(a, 2) for a in range(4)], [round(a / 3, 2) for a in range(3)])


# Calls of builtin types.
def convert(values):
    return [(int(v), str(v), float(v), tuple(str(v)), list(range(int(v) % 3))) for v in values]


print(convert(["1", "22", "-3"] * 10)[:3])
for bad in (["x"], [[1]], [None]):
    try:
        convert(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def pairs(n):
    return [list(zip(range(i), range(i, 2 * i))) for i in range(n)], [list(enumerate("ab", start=i)) for i in range(3)]


print(pairs(4), [int("ff", 16) for _ in range(3)], [int("7", base=8) for _ in range(2)])
try:
    [range() for _ in range(3)]
except TypeError as e:
    print("TypeError", e)
