print(str(123), str(-4.5), str(True), str(None), str([1, "2"]), str((1,)))
print(int("0"), int("-007"), int("1" * 25), int("  42\n"))
print(float("3"), float("-.5"), float("1e-2"), float(" inf "), float("-nan"))
print(repr(str(1e16)), repr(str(1.0)))
print(int(" 0x1A ", 16), int("1a", 16), int("Z", 36), int("0", 0))
for text in ["", "1.5", "abc", "1e3", "0x10", " "]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
for text in ["", "1,5", "nan1", "1e"]:
    try:
        print(float(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
