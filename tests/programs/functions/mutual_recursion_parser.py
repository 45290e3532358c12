def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def parse_term(tokens, pos):
    value, pos = parse_factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_factor(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos
def parse_factor(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_factor(tokens, pos + 1)
        return -value, pos
    return int(tok), pos + 1
def evaluate(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    return parse_expr(tokens, 0)[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) * 2"]:
    print(expr, "=", evaluate(expr))
try:
    evaluate("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
