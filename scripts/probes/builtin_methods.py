# Probe program for scripts/probe_builtin_methods: one line per call of a builtin type method (not a test case).
import sys
class IntSub(int):
    pass


class StrSub(str):
    pass


class ListSub(list):
    pass


samples = {
    "int": [0, 7, -3, 2**70, -2**63, IntSub(5)],
    "float": [0.0, 2.5, -1e300, float("nan"), float("-inf"), -0.0, 5e-324],
    "complex": [1j, 2 - 3j, complex(float("inf"), 0), -0j],
    "str": ["", "abc", "Hello World", "a\u00dfb\U0001f600", " x y ", "\u0130\u03a3a\u03c2", "12\u0663\u00bd", "a\tb\nc\r\nd", StrSub("sub")],
    "bytes": [b"", b"abc", b"a b\x00\xff"],
    "bytearray": [bytearray(b""), bytearray(b"abc")],
    "list": [[], [3, 1, 2], ["b", "a"], ListSub([1, [2]])],
    "tuple": [(), (1, 2, 1), ("x",)],
    "range": [range(0), range(1, 10, 3), range(10, 0, -2)],
    "dict": [{}, {"a": 1, "b": 2}],
    "set": [set(), {1, 2, 3}],
    "frozenset": [frozenset(), frozenset({1, "a"})],
    "bool": [True, False],
}
args_pool = [(), (0,), (1,), (-1,), (2,), (100,), ("a",), ("",), (b"a",), (None,), (1.5,), ([1],), ((1, 2),),
             (float("nan"),), (-0.0,), ("\U0001f600",), (2**63,), (IntSub(3),), (StrSub("b"),), (0, -1), (-5, 5),
             ({1},), ({"a": 3},), (0, 1), (1, -1), ("a", "b"), (b"a", b"b"), ("a", "b", 1), (2**64,), (True,),
             (" ",), ("ab", 1, 2), (range(3),), (iter([1, 2]),), (-2**64,), (object(),), (3, "x"), (2, b"x")]
kw_pool = [{}, {"key": len}, {"reverse": True}, {"sep": "-"}, {"maxsplit": 1}, {"x": 1}]
only = sys.argv[1] if len(sys.argv) > 1 else None
def show(v):
    r = repr(v)
    if " at 0x" in r or "object at" in r:
        return "<" + type(v).__name__ + ">"
    return r
for tname, values in samples.items():
    if only and tname != only:
        continue
    t = type(values[0])
    names = [n for n in dir(t) if not n.startswith("__") or n in ("__contains__", "__getitem__", "__add__", "__mul__", "__mod__", "__eq__", "__lt__", "__or__", "__and__", "__sub__", "__xor__", "__len__", "__iter__", "__reversed__", "__format__", "__round__", "__pow__", "__divmod__", "__floordiv__", "__truediv__", "__lshift__", "__rshift__", "__neg__", "__abs__", "__int__", "__float__", "__index__", "__bool__", "__hash__", "__repr__", "__str__", "__sizeof__", "__iadd__", "__imul__", "__ior__", "__rmul__", "__radd__", "__rsub__", "__getnewargs__", "__trunc__", "__floor__", "__ceil__", "__invert__", "__ne__", "__le__", "__ge__", "__gt__", "__setitem__", "__delitem__", "__class_getitem__")]
    for name in names:
        for v in values:
            for a in args_pool:
                for kw in kw_pool:
                    if kw and a not in [(), (0,), ("a",)]:
                        continue
                    if name in ('__pow__', '__round__', '__lshift__', '__mul__', '__rmul__', '__imul__', 'zfill', 'ljust', 'rjust', 'center', 'expandtabs') and any(isinstance(x, int) and abs(x) > 64 for x in a):
                        continue
                    try:
                        c = v.copy() if hasattr(v, "copy") else v
                        f = getattr(c, name)
                        if not callable(f):
                            if a == () and not kw:
                                print(tname, name, show(v), "attr", show(f))
                            continue
                        r = f(*a, **kw)
                        out = show(r)
                        if isinstance(r, (list, map)) and False:
                            pass
                        if hasattr(r, "__next__") and not isinstance(r, (str, bytes)):
                            out = "iter " + show(list(r)[:5])
                        print(tname, name, show(v), show(a), kw, "->", out, show(c) if c is not v else "")
                    except Exception as e:
                        print(tname, name, show(v), show(a), kw, "!!", type(e).__name__, str(e)[:200])
