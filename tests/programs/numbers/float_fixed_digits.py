# '%.Nf' and '{:.Nf}' of many floats: correctly rounded (half to even on the exact binary value), for
# magnitudes from tiny to huge and precisions 0 to 25, including exact halves and values that look like halves.
lines = []
state = 12345
for i in range(1500):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    mantissa = (state >> 11) / 2**53
    exponent = (state % 97) - 48
    x = mantissa * 10.0 ** exponent * (-1 if state & 1 else 1)
    n = (state >> 5) % 26
    lines.append("%.*f" % (n, x))
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 0.005, 0.015, 0.025, 1.005, 2.675, 1e-7, 123456789.125, 2**52 + 0.5,
          2.0**60, 2.0**64, 2.0**70, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 0.1, 0.2, 0.3, 1/3, 2/3,
          9.995, 99.995, 0.0, -0.0, 1e16, 12345.6789]:
    for n in (0, 1, 2, 3, 5, 10, 17, 19, 20, 25):
        lines.append(f"{x:.{n}f} {x:+.{n}f} {x:#.{n}f}")
print(len(lines))
for line in lines:
    print(line)
