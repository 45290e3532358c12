print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0[0]} {0[1]} {1.real}".format([9, 8], 3 + 4j))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:,} {:.1%} {:08.3f}".format(1234567, 0.256, -3.14159))
print("{!r:>8}".format("hi"))
print("{:{}}".format("w", 4) + "|")
print(format(255, "#06x"), format(3.5, "g"), format("s", "^3"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
