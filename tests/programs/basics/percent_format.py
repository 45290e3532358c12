print("%d items" % 5)
print("%s and %r" % ("a", "a"))
print("%5.2f|%-6d|%06.1f" % (3.14159, 42, -2.5))
print("%x %X %o %e %g" % (255, 255, 8, 12345.678, 0.00001234))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%% sure" % ())
print("%c%c" % (72, "i"))
print("%+d %+d % d" % (5, -5, 5))
print("%.3s" % "abcdef", "%*d" % (5, 42))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
