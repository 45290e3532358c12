print(bool(), bool(0), bool(1), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0))
print(True + 1, True * 3, True / 2, True // 1, -True, ~True, True & 1, True | 2, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, type(True & 1).__name__)
print(repr(True), str(False), int(True), float(False), True == 1, True is (1 == 1))
print(sum([True, True, False]), max(True, 0), sorted([True, False, 2, -1]))
print(bool.__bases__, isinstance(False, int), bool(bool))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, f"{True:d}", f"{True}", "%d" % True, "%s" % True)
