def f(z):
    match z:
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 0j:
            return "complex zero"
        case -1+1j:
            return "minus one plus i"
        case 3-4j:
            return "three minus four i"
    return "none"
for v in [-1, -1.0, -2.5, 0, 0.0, 0j, complex(-1, 1), 3 - 4j, 7]:
    print(repr(v), f(v))
