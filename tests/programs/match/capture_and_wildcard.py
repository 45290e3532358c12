def f(x):
    match x:
        case 0:
            return "zero"
        case n if n < 0:
            return f"negative {n}"
        case other:
            return f"captured {other}"
print(f(0), f(-3), f(42))
match [1, 2]:
    case _:
        print("wildcard always matches")
match 5:
    case value:
        pass
print("capture leaks into scope:", value)
def g(cmd):
    match cmd:
        case "quit" | "exit" as word:
            return f"bye via {word}"
        case _:
            return "unknown"
print(g("quit"), g("exit"), g("stay"))
