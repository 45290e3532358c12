# stderr: full
# Builtins whose exceptions programs catch in loops (dict.pop, list.index/remove/pop, set.remove,
# str.index/rindex, next) raise without a .NET exception when the interpreter calls them directly; called
# any other way (map, filter, sorted's key, a bound method passed around), the same exception must still surface.


def caught(f, *args):
    try:
        return f(*args)
    except (LookupError, ValueError, StopIteration) as e:
        return f"{type(e).__name__}: {e}"


counts = {"KeyError": 0, "ValueError": 0, "IndexError": 0, "StopIteration": 0}
for i in range(300):
    d = {"a": 1}
    try:
        d.pop("b")
    except KeyError as e:
        counts["KeyError"] += e.args == ("b",)
    try:
        [1, 2].index(i + 5)
    except ValueError:
        counts["ValueError"] += 1
    try:
        [].pop()
    except IndexError:
        counts["IndexError"] += 1
    try:
        {1}.remove(i + 2)
    except KeyError:
        counts["KeyError"] += 1
    try:
        "abc".index("z")
    except ValueError:
        counts["ValueError"] += 1
    try:
        next(iter(()))
    except StopIteration:
        counts["StopIteration"] += 1
print(counts)

print(caught({}.pop, "k"), caught({"k": 1}.pop, "k"), caught({}.pop, "k", "default"))
print(caught([3, 4].index, 9), caught([3, 4].index, 4), caught([].pop), caught([1, 2].pop, 5))
print(caught([1].remove, 2), caught({1, 2}.remove, 3), caught("abc".rindex, "q"), caught("abcb".rindex, "b"))
print(caught(next, iter([])), caught(next, iter([]), "default"), caught(next, iter([7])))
print(caught(lambda: list(map({}.pop, ["x"]))))
print(caught(lambda k: dict.pop({}, k), "y"), caught(lambda: list(filter([5].index, [6]))))
print(caught(lambda: sorted([3, 1], key=[1].index)))
print(caught(getattr({}, "pop"), "z"), caught(dict.pop, {"z": 0}, "z"))


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)


def traceback_shape():
    {}.pop("missing")


try:
    traceback_shape()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(frames)
{}.pop("uncaught")
