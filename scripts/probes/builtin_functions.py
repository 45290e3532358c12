# Probe program for scripts/probe_builtin_methods --probe builtin_functions: one line per call of a
# builtin function or type constructor with assorted arguments (not a test case).
import builtins
import sys


class IntSub(int):
    pass


class Idx:
    def __index__(self):
        return 3


class Flt:
    def __float__(self):
        return 1.5


values = [0, 1, -7, 2**70, 2.5, -0.0, float("nan"), float("inf"), 1j, True, None, "", "12", " 3 ", "abc", "1_0",
          "0x1f", "\U0001f600", b"", b"ab", bytearray(b"x"), [], [3, 1], (), (1, "a"), {}, {"k": 1}, set(), {2},
          frozenset(), range(3), IntSub(4), Idx(), Flt(), object, int, len, iter([1, 2])]
names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex", "dict",
         "divmod", "enumerate", "filter", "float", "format", "frozenset", "hash", "hex", "int", "isinstance",
         "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "pow", "range", "repr",
         "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple", "type", "zip"]
only = sys.argv[1] if len(sys.argv) > 1 else None


def show(v):
    if hasattr(v, "__next__") and not isinstance(v, (str, bytes)):
        try:
            return "iter " + show(list(v)[:5])
        except Exception as e:
            return "iter !! " + type(e).__name__
    r = repr(v)
    if " at 0x" in r:
        return "<" + type(v).__name__ + ">"
    return r


def fresh(v):
    return iter([1, 2]) if hasattr(v, "__next__") else v


for name in names:
    if only and name != only:
        continue
    f = getattr(builtins, name)
    calls = [()] + [(v,) for v in values]
    calls += [(a, b) for a in values[:20] for b in (0, 2, -1, "x", None, 2.5, [1], 10**30)]
    calls += [(a, b, c) for a in (0, 5, 2.5, "ab", [1, 2]) for b in (1, -1, 3) for c in (2, 0, None)]
    for args in calls:
        if name == "pow" and len(args) > 1 and isinstance(args[1], int) and abs(args[1]) > 64:
            continue  # huge powers take forever
        args = tuple(fresh(a) for a in args)
        label = "(" + ", ".join(show(a) for a in args) + ")"
        try:
            print(name, label, "->", show(f(*args)))
        except Exception as e:
            print(name, label, "!!", type(e).__name__, str(e)[:200])
