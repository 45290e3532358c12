cases = [
    ZeroDivisionError("division by zero"),
    KeyError(("tuple", "key")),
    KeyError(""),
    IndexError(),
    OSError(13, "Permission denied", "file.txt"),
    OSError("just message"),
    UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
    SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n")),
    StopIteration(),
    StopIteration(1, 2),
    SystemExit(),
]
for e in cases:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(OSError(13, "Permission denied", "file.txt").filename)
print(type(OSError(2, "x")).__name__, type(OSError(13, "y")).__name__)
