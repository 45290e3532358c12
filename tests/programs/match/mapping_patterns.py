def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": "scroll", **rest}:
            return f"scroll with {sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
print(handle({"type": "click", "pos": (1, 2), "extra": True}))
print(handle({"type": "key", "key": "a"}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "scroll", "dx": 1, "dy": 2}))
print(handle({"no_type": 1}))
print(handle({}))
from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("default factory used?")
    case _:
        print("mapping patterns use get(), no __missing__:", dict(dd))
