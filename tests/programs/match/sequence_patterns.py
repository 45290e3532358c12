def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], [1, 2], [1, 2, 3, 4], (5, 6), range(3)]:
    print(s, "->", shape(s))
print(shape("ab") if False else "strings are not sequences for match:")
match "ab":
    case [a, b]:
        print("matched string as sequence?")
    case _:
        print("no: str is excluded")
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")
match [0, 1]:
    case (0, 1):
        print("tuple pattern matches list")
