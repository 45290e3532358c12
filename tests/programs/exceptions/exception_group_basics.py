eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg, repr(eg.message), len(eg.exceptions))
print([repr(e) for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
vm, vr = nested.split(ValueError)
print(repr(vm))
print(repr(vr))
print(repr(nested.split(lambda e: "b" in str(e))[0]))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(beg).__name__, repr(beg))
ok = BaseExceptionGroup("only exceptions", [ValueError("y")])
print(type(ok).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("not a list", ValueError("z"))
except TypeError as e:
    print(type(e).__name__, e)
