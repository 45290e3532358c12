# Argument checks of builtin methods and special-method wrappers: CPython's calling conventions
# (METH_NOARGS, METH_O, positional-only, Argument Clinic keywords) and wrapper arities, called
# through the type, through an instance (LOAD_METHOD) and through a bound method object


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# special-method wrappers
t(lambda: (1).__add__())
t(lambda: (1).__add__(1, 2))
t(lambda: (1).__add__(x=1))
t(lambda: int.__neg__(1, 2))
t(lambda: (1).__pow__())
t(lambda: (1).__pow__(2, 3, 4))
t(lambda: (2).__pow__(3, 5))
t(lambda: [].__setitem__(0))
t(lambda: {}.__delitem__())
t(lambda: "ab".__getitem__())
t(lambda: [1].__getitem__())
t(lambda: {}.__getitem__(x=1))
t(lambda: ().__contains__())
t(lambda: set().__contains__())
t(lambda: "a".__mul__())
t(lambda: (1).__mul__())
t(lambda: object().__setattr__("a"))
t(lambda: "a".__len__(1))
t(lambda: "a".__hash__(x=1))
# sequence concatenation and repetition called directly raise instead of returning NotImplemented
for v in ["ab", b"ab", bytearray(b"ab"), [1], (1,)]:
    t(lambda: v.__add__(0))
    t(lambda: v.__mul__("2"))
    t(lambda: v.__rmul__(2))
    t(lambda: type(v).__mul__(v, True))
t(lambda: (1).__add__("a"))
t(lambda: "a".__mod__(1))
ba = bytearray(b"x")
print(ba.__iadd__(b"y"), ba.__imul__(2), ba)
t(lambda: ba.__imul__("a"))
t(lambda: [].__imul__(1.5))
# METH_NOARGS / METH_O / positional-only methods
s = "abc"
for call in [lambda: s.upper(1), lambda: s.upper(x=1), lambda: str.upper(s, 1), lambda: s.find("a", start=1),
             lambda: str.count(s, "a", x=1), lambda: [].append(), lambda: [].append(1, 2), lambda: [].append(x=1),
             lambda: True.bit_length(1), lambda: (1.5).hex(1), lambda: (1).__ceil__(1), lambda: (2.5).__floor__(x=1),
             lambda: (1).__format__(), lambda: s.__format__(), lambda: s.__format__(None), lambda: [].__format__(None),
             lambda: s.__format__("a"), lambda: s.__format__(">5"), lambda: s.__str__(), lambda: [].__reversed__(1),
             lambda: list(range(3).__reversed__()), lambda: list([1, 2].__reversed__()), lambda: {}.__contains__(),
             lambda: set().union(x=1), lambda: complex(1, 2).__getnewargs__(1)]:
    t(call)
# bound method objects name the object's type, or only themselves for positional-only methods
up = True.bit_length
t(lambda: up(1))
cnt = "abc".count
t(lambda: cnt("a", x=1))
app = [].append
t(lambda: app())
# Argument Clinic: too many, missing, given twice, unknown keyword
t(lambda: "a".splitlines(0, keepends=1))
t(lambda: "a".splitlines(keepends=1, x=2))
t(lambda: "a".splitlines(x=2))
t(lambda: "a".encode("utf-8", "strict", x=1))
t(lambda: "a".encode("utf-8", encoding="x"))
t(lambda: int.from_bytes(x=1))
t(lambda: (1).to_bytes(2, "big", x=1))
t(lambda: "a".encode(None))
t(lambda: (1).to_bytes(1, None))
t(lambda: bytes.fromhex(None))
# the descriptor protocol as methods
class C:
    def m(self):
        return "m"

    @property
    def p(self):
        return "p"

    @p.setter
    def p(self, v):
        print("set", v)

    @staticmethod
    def sm():
        return "sm"

    @classmethod
    def cm(cls):
        return cls.__name__


c = C()
print(C.__dict__["m"].__get__(c, C)(), C.__dict__["m"].__get__(None, C) is C.__dict__["m"])
print(C.__dict__["p"].__get__(c), C.__dict__["p"].__get__(None, C) is C.__dict__["p"])
C.__dict__["p"].__set__(c, 5)
t(lambda: C.__dict__["p"].__delete__(c))
t(lambda: C.__dict__["p"].__get__(None, None))
t(lambda: C.__dict__["p"].__get__())
t(lambda: C.__dict__["p"].__set__(c))
print(C.__dict__["sm"].__get__(c)(), C.__dict__["cm"].__get__(c)(), C.__dict__["cm"].__get__(None, C)())
# every kind of function has __call__
print(len.__call__([1, 2]), C.m.__call__(c), c.m.__call__(), str.upper.__call__("a"), (1).__add__.__call__(2),
      (lambda **k: k).__call__(a=1))
# __class_getitem__ of the generic builtins (type[...] only for type itself), __getnewargs__, range.__bool__
class Meta(type):
    pass


for expr in ["list[int]", "type[int]", "dict[str, int]", "enumerate[int]", "Meta[int]", "str[int]", "zip[int]",
             "list.__class_getitem__(int)", "frozenset[int].__origin__", "bool(range(0))", "range(3).__bool__()",
             "'ab'.__getnewargs__()", "(1, 2).__getnewargs__()", "b'x'.__getnewargs__()", "'a'.__getnewargs__(1)"]:
    t(lambda: eval(expr))
