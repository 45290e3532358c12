# %d/%i/%u of machine-word ints take a path without BigInteger: widths, flags, precision and the int edges
# must match the general path (and the other conversions still refuse floats).
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%i", "%u", "%x", "%10.4d"]:
    print([fmt % v for v in (0, 7, -7, 2**63 - 1, -2**63, 2**64, True, 3.9)])
print("%s %d %s" % ("é", 5, "\U0001f600"), "%3s|" % "\U0001f600")
