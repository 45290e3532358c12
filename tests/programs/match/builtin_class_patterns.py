def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if len(s) > 3:
            return f"long str {s}"
        case str():
            return "short str"
        case list([a, b]):
            return f"2-list {a} {b}"
        case dict(d):
            return f"dict with {len(d)}"
        case tuple((a, *rest)):
            return f"tuple starting {a}"
        case _:
            return "other"
for v in [True, 7, 2.5, "hello", "hi", [1, 2], [1], {"a": 1}, (9, 8, 7), None]:
    print(repr(v), "->", kind(v))
