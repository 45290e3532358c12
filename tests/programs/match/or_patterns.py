def classify(x):
    match x:
        case 0 | 1:
            return "binary digit"
        case [0 | 1, *_] | (2, _):
            return "starts with bit or 2-pair"
        case {"a": 1} | {"b": 2}:
            return "a1 or b2"
        case str() | bytes():
            return "text-ish"
        case (1, x) | (x, 1):
            return f"pair with one, other {x}"
    return "no match"
for v in [1, [0, 9], (2, "z"), {"b": 2}, "s", b"b", (1, 5), (5, 1), 3.3]:
    print(repr(v), "->", classify(v))
