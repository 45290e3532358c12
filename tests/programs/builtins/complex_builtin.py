z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), complex("1+2j"), complex("-3j"), complex(2), complex())
print(z + 1, z * 1j, z / 2, z ** 2, (1 + 1j) ** 0.5, -z, z == 3 + 4j)
print(repr(complex(0, -0.0)), repr(complex(1e300, 1e300) * 10), complex(" 1e1+2e-1j "))
try:
    complex("1 + 2j")
except ValueError as e:
    print(type(e).__name__, e)
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) // 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
