def describe(seq):
    match seq:
        case [_, _, *_]:
            return "at least two"
        case [_]:
            return "exactly one"
        case []:
            return "empty"
print(describe([1, 2, 3]), describe([1, 2]), describe([1]), describe([]))
match (1, 2, 3, 4):
    case (1, *mid, 4):
        print(mid, type(mid).__name__)
match "not a sequence":
    case [*chars]:
        print("no")
    case str(s):
        print("string", s)
