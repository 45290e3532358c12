def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1+2j:
            return "complex"
        case _:
            return f"other: {x!r}"
for v in [0, 2, "hello", b"bytes", True, None, -1, 2.5, 1 + 2j, 1.0, False, "bye"]:
    print(repr(v), "->", describe(v))
