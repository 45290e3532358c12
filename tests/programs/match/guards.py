def bucket(x):
    match x:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case [x, y] if x > y:
            return "descending pair"
        case [x, y]:
            return "pair"
    return "other"
print([bucket(v) for v in [-1, 4, 7, [3, 1], [1, 3], "z"]])
calls = []
def check(v):
    calls.append(v)
    return v > 1
match 5:
    case 1 if check(1):
        pass
    case n if check(n):
        print("guard passed for", n)
print(calls)
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case other:
        print("capture from failed guard keeps binding a?", a, b, other)
