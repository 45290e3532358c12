def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case ("let", str(name), value, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case _:
            raise ValueError(f"bad expression {expr!r}")
def substitute(expr, name, value):
    match expr:
        case str() if expr == name:
            return value
        case (op, *args):
            return (op, *[substitute(a, name, value) for a in args])
        case _:
            return expr
print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("-", ("+", 1.5, 2))))
print(evaluate(("let", "x", 5, ("*", "x", "x"))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(type(e).__name__, e)
