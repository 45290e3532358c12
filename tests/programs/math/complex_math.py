import cmath
z = complex(3, 4)
print(abs(z), cmath.phase(1j), cmath.polar(z), cmath.rect(2, 0))
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.exp(0j), cmath.isclose(cmath.exp(1j * cmath.pi), -1))
print(z * z.conjugate(), (1 + 2j) / (3 - 4j), (1j) ** 2, z.real + z.imag)
print(complex("1+1j") == 1 + 1j, round(abs(cmath.log(-1) - 1j * cmath.pi), 12))
