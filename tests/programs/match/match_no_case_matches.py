def f(x):
    match x:
        case 1:
            return "one"
        case 2:
            return "two"
    return "fell through"
print(f(1), f(3))
result = "unset"
match "abc":
    case "xyz":
        result = "matched"
print(result)
match []:
    case [x]:
        print("no")
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
