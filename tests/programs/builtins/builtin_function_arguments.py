# Builtin functions check their arguments as CPython 3.11 does: METH_O functions, positional ranges,
# keyword-only and positional-only parameters, and which argument is checked first


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class IntSub(int):
    pass


for name in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "len", "oct", "ord", "repr"]:
    f = __builtins__.__dict__[name] if isinstance(__builtins__, type(__import__("sys"))) else __builtins__[name]
    t(lambda: f())
    t(lambda: f(1, 2))
    t(lambda: f(x=1))
for name, args in [("isinstance", (1,)), ("isinstance", (1, int, 2)), ("issubclass", (int,)), ("hasattr", (1,)),
                   ("getattr", (1,)), ("getattr", (1, "a", 2, 3)), ("setattr", (1, "a")), ("delattr", (1,)),
                   ("divmod", (1,)), ("iter", ()), ("iter", (1, 2, 3)), ("next", ()), ("next", (1, 2, 3)),
                   ("format", ()), ("format", (1, "", 3)), ("filter", (None,)), ("filter", (None, [1], 2)),
                   ("reversed", ()), ("reversed", ([1], 2)), ("enumerate", ()), ("sum", ()), ("sum", ([1], 2, 3)),
                   ("sorted", ()), ("sorted", ([1], 2))]:
    f = eval(name)
    t(lambda: f(*args))
t(lambda: getattr(1, "real", default=2))
t(lambda: isinstance(1, int, x=1))
t(lambda: filter(None, [1], x=1))
t(lambda: reversed([1], x=1))
t(lambda: sum([1], start=10))
t(lambda: sum(iterable=[1]))
t(lambda: sum([1], 2, start=3))
t(lambda: sum(1, "x"))
t(lambda: sum([], "x"))
t(lambda: sum([], b"x"))
t(lambda: sum([], bytearray(b"x")))
t(lambda: list(enumerate("ab", 2**63 - 1)))
t(lambda: list(enumerate("ab", -2**70)))
t(lambda: enumerate(1, "x"))
t(lambda: enumerate(1, start=None))
t(lambda: list(enumerate(iterable="ab", start=IntSub(5))))
for code in [2**40, -2**40, 2**31, -1, 0x110000, 2**70, 1.5, IntSub(65)]:
    t(lambda: chr(code))
t(lambda: float(IntSub(4)))
t(lambda: complex(IntSub(4)))
t(lambda: complex(True, IntSub(2)))
t(lambda: bytes(0, 0))
t(lambda: bytearray("a", 1))
t(lambda: bytes("a", "utf-8", 5))
t(lambda: bytes(3, "utf-8"))
t(lambda: bytearray(errors="strict"))
t(lambda: str("ab", 1, 2))
t(lambda: str("ab", "utf-8"))
t(lambda: str(b"ab", errors=3))
t(lambda: str(b"\xff", "utf-8", "replace"))
