# bool(x) for many objects: numbers, containers, strings, __bool__/__len__ protocols and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

objs = [0, 1, -1, 2**100, 0.0, -0.0, 1e-320, float("nan"), float("inf"), 0j, -0j, 1j, complex(0, -0.0),
        complex(float("nan"), 0), "", " ", "0", "False", "\x00", b"", b"\x00", bytearray(), [], [0],
        [[]], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), range(5, 5),
        range(0, 10, -1), None, True, False, object(), int, bool, ..., bytearray(b"x")]
print([bool(o) for o in objs])
print([not o for o in objs[:20]])

class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Empty:
    pass
class BoolNone:
    __bool__ = None

t(lambda: bool(WithBool(True)))
t(lambda: bool(WithBool(False)))
t(lambda: bool(WithBool(1)))
t(lambda: bool(WithBool(0)))
t(lambda: bool(WithBool("yes")))
t(lambda: bool(WithBool(None)))
t(lambda: bool(WithLen(0)))
t(lambda: bool(WithLen(3)))
t(lambda: bool(WithLen(-1)))
t(lambda: bool(WithLen(2**70)))
t(lambda: bool(WithLen(1.5)))
t(lambda: bool(WithLen("a")))
t(lambda: bool(Both()))
t(lambda: bool(Empty()))
t(lambda: bool(BoolNone()))
t(lambda: not WithBool(1))
t(lambda: WithBool(False) or "fallback")
t(lambda: type(WithLen(0) and "never").__name__)
t(lambda: "yes" if WithLen(2) else "no")
t(lambda: [x for x in (WithLen(0), WithLen(1), 0, 5, "") if x].__len__())

# and/or return operands, not bools
t(lambda: 0 or 5)
t(lambda: 0 and 5)
t(lambda: 3 and 4)
t(lambda: "" or [] or {} or 0.0)
t(lambda: None or False)
t(lambda: 1 and 0j)
t(lambda: not 0.0)
t(lambda: not -0.0)
t(lambda: not float("nan"))

# int/float/complex __bool__ directly
t(lambda: (0).__bool__())
t(lambda: (-5).__bool__())
t(lambda: (0.0).__bool__())
t(lambda: (-0.0).__bool__())
t(lambda: (0j).__bool__())
t(lambda: complex(0, 1e-300).__bool__())
t(lambda: int.__bool__(True))
t(lambda: float.__bool__(1))

# any/all
t(lambda: (any([0, 0.0, "", 0j]), any([0, [0]]), all([1, 2.5, "x"]), all([]), any([])))
t(lambda: all(WithBool(b) for b in (True, True, False)))
t(lambda: any(WithBool(b) for b in (False, None)))
