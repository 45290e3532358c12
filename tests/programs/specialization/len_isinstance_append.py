# len(x), isinstance(x, cls) and list.append(x) have specialized calls of their own (3.12's CALL_NO_KW_LEN,
# _ISINSTANCE, _LIST_APPEND): the guards must fall back when the callable or the receiver changes, and
# errors must be the builtins' own.
import builtins


class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Anything(metaclass=Meta):
    pass


class MyList(list):
    def append(self, x):
        super().append(x * 10)


def lengths(items):
    return [len(x) for x in items]


def checks(pairs):
    return [isinstance(x, cls) for x, cls in pairs]


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


for _ in range(3):
    print(lengths(["abc", [1, 2], (1,), {1: 2}, {3}, range(10), b"xy", bytearray(3), Sized(), "\U0001f600x"]))
    print(checks([(1, int), (True, int), (1, str), ("s", (int, str)), (2.0, int | float), ("anything", Anything),
                  ("other", Anything), (MyList(), list), ([], MyList)]))
    print(fill([], 5), fill(MyList(), 3), len(fill([], 200)))

for bad in [5, None, BadLen()]:
    try:
        len(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
result = [].append(1)
print(result)


def shadowed():
    return len("abc"), isinstance(1, int)


for _ in range(100):
    shadowed()
len = lambda x: "shadowed len"  # a global now: the cached builtin no longer matches
print(shadowed())
del len
builtins.isinstance = lambda x, c: "patched"
print(shadowed())
appender = [].append
print(fill(type("L", (list,), {})(), 2))
