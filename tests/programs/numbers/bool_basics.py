# bool: int subclass, repr/str, arithmetic result types, bool(), singletons, subclassing errors
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

print(repr(True), str(False), True.__repr__(), False.__str__(), f"{True}", "%s %r %d" % (True, False, True))
print(issubclass(bool, int), isinstance(True, int), type(True) is bool, bool.__bases__, bool.__mro__)
print(True == 1, False == 0, True is bool(1), False is bool(0), bool(1) is bool(2))

# arithmetic results
cases = [
    ("True + True", lambda: True + True), ("True - True", lambda: True - True),
    ("True * False", lambda: True * False), ("True / True", lambda: True / True),
    ("True // True", lambda: True // True), ("True % True", lambda: True % True),
    ("True ** False", lambda: True ** False), ("-True", lambda: -True), ("+True", lambda: +True),
    ("~True", lambda: ~True), ("~False", lambda: ~False), ("abs(True)", lambda: abs(True)),
    ("True & True", lambda: True & True), ("True | False", lambda: True | False),
    ("True ^ True", lambda: True ^ True), ("True & 1", lambda: True & 1),
    ("True | 2", lambda: True | 2), ("True << 1", lambda: True << 1),
    ("True >> 1", lambda: True >> 1), ("divmod(True, True)", lambda: divmod(True, True)),
    ("True + 1.5", lambda: True + 1.5), ("False * 2.0", lambda: False * 2.0),
    ("True + 1j", lambda: True + 1j), ("not True", lambda: not True), ("-False", lambda: -False),
    ("True * 'ab'", lambda: True * 'ab'), ("False * [1]", lambda: False * [1]),
    ("round(True)", lambda: round(True)), ("True.real", lambda: True.real),
    ("True.imag", lambda: True.imag), ("True.numerator", lambda: True.numerator),
    ("True.conjugate()", lambda: True.conjugate()), ("int(True)", lambda: int(True)),
    ("float(False)", lambda: float(False)), ("complex(True)", lambda: complex(True)),
    ("True.__and__(False)", lambda: True.__and__(False)),
    ("True.__or__(1)", lambda: True.__or__(1)), ("True.__xor__(True)", lambda: True.__xor__(True)),
    ("True.__rand__(False)", lambda: True.__rand__(False)),
    ("True.__invert__()", lambda: True.__invert__()), ("hash(True)", lambda: hash(True)),
    ("str(True)", lambda: str(True)), ("bool.__repr__(False)", lambda: bool.__repr__(False)),
]
for label, f in cases:
    print(label, end=" -> ")
    t(f)

# bool() constructor
t(lambda: bool())
t(lambda: bool(0))
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
t(lambda: bool.__new__(bool, 5))
t(lambda: bool.__new__(int, 5))
t(lambda: True.__class__(0))

# bool cannot be subclassed
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    B2 = type("B2", (bool,), {})
except TypeError as e:
    print("TypeError", e)
try:
    class C(int, bool):
        pass
except TypeError as e:
    print("TypeError", e)

# only two instances
print(bool(5) is True, bool([]) is False, bool.__new__(bool, "x") is True)
print(sorted([True, False, True, 0, 1]), sum([True, True, False]), max(True, False), min(False, True))
print([1, 2, 3][True], "abc"[False], {True: "a", 1: "b"}, {0: "x", False: "y"})

# attributes
t(lambda: setattr(True, "x", 1))
t(lambda: True.__dict__)
t(lambda: bool.real)
t(lambda: True.bit_length())
t(lambda: True.to_bytes())
t(lambda: bool.from_bytes(b"\x00\x02"))
t(lambda: True.as_integer_ratio())
t(lambda: format(True, "^7"))
t(lambda: format(False, ""))
t(lambda: "{!s:>6}|{:>6}".format(True, True))
