values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, True, False, range(0), b"", 0j]
for v in values:
    if v:
        print(repr(v), "-> truthy")
    else:
        print(repr(v), "-> falsy")
