print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">5"), format(1234567, ","), format(0.5, "%"))
print(format(123), format("x"), format(None), format([1, 2]), format(1e100, "g"), format(1.5, "e"))
print(format(42, "c"), format(-3, "+d"), format(3, " d"), format(1234.5, "_.1f"), format(7, "^7"))
print(format(12.0, "n"), format(0.000012345, ".3g"), format(12345.6789, ".3e"), format(5, "=+5"))
print(format(True, "d"), format(True), format(3j, ""), format(1 + 2j, ".1f"))
print(format(float("nan"), ".2f"), format(float("-inf"), "10"), format(-0.0, ".1f"))
for args in [(1, "z"), ("s", "d"), (1.5, "d"), ([1], "x"), (1, ".1s"), (1, "5=")]:
    try:
        format(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
