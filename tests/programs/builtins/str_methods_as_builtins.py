s = "  Hello, World  "
ops = ["strip", "lower", "upper", "title", "swapcase", "casefold", "lstrip", "rstrip", "isspace", "isalpha", "split"]
for name in ops:
    print(name, repr(getattr(s, name)()))
print(str.join(",", ["a", "b"]), str.upper("x"), str.__len__("abc"), str.count("banana", "a"))
print(list(map(str.title, ["ab cd", "EF"])), sorted(["b", "A", "c"], key=str.lower))
print("".join(sorted("hello")), "x".__add__("y"), "ab".__mul__(3), "a".__contains__("a"))
