# printf-style formatting of bytes/bytearray: %b %s %r %a %d %x %c %f ..., mapping keys, errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class HasBytes:
    def __bytes__(self):
        return b"<via __bytes__>"


class Buf:
    pass


print(b"%b|%s" % (b"raw", b"raw"), b"%b" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%b" % HasBytes())
print(b"%r|%a" % ("t\xe9xt", "t\xe9xt"), b"%r" % b"bytes", b"%a" % [1, "\U0001F600"], b"%r" % None)
print(b"%d %i %u" % (42, -7, 3), b"%x %X %o" % (255, 255, 8), b"%#x %#X %#o" % (255, 255, 8), b"%c%c" % (65, b"B"))
print(b"%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), b"%.3d|%8.3x" % (5, 255))
print(b"%f %.2f %e %.1E %g %G" % (3.14159, 2.5, 1234.5, 0.00012, 1e20, 1e-10), b"%10.3f|" % -1.5)
print(b"%s %s" % (b"x", bytearray(b"y")), b"%%" % (), b"100%%" % (), b"%5s|%-5s|" % (b"ab", b"cd"), b"%.2s" % b"abcdef")
print(b"%*d|%-*s|%.*s" % (5, 1, 4, b"ab", 2, b"xyz"))
print(b"%(a)s-%(b)d-%(a)r" % {b"a": b"A", b"b": 2}, b"%(k)b" % {b"k": b"v"}, b"plain" % {}, b"plain" % ())
print(bytearray(b"%s=%d") % (b"n", 5), type(bytearray(b"%s") % b"x").__name__, type(b"%s" % bytearray(b"x")).__name__)
print(b"%c" % 0, b"%c" % 255, b"%c" % bytearray(b"\xff"), b"%3c|" % 120, b"%s" % b"")
print(b"%x" % True, b"%d" % 3.99, b"%s" % (b"tuple-single",), b"%d%%" % 50, b"%r" % "'q'", b"%a" % "\xff")
t(lambda: b"%s" % "str")
t(lambda: b"%b" % "str")
t(lambda: b"%s" % 5)
t(lambda: b"%b" % 5)
t(lambda: b"%s" % Buf())
t(lambda: b"%s" % None)
t(lambda: b"%c" % 256)
t(lambda: b"%c" % -1)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%d" % b"1")
t(lambda: b"%d" % "1")
t(lambda: b"%x" % 1.5)
t(lambda: b"%f" % b"1")
t(lambda: b"%s %s" % b"a")
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%(a)s" % {"a": b"x"})
t(lambda: b"%(a)s" % (b"x",))
t(lambda: b"%y" % 1)
t(lambda: b"%" % ())
t(lambda: b"%(a" % {})
t(lambda: b"%*d" % (b"5", 1))
t(lambda: b"x" % 1)
t(lambda: "%s" % b"x")
t(lambda: b"%s" % [b"x"])
# memoryview slices, NUL and high bytes, width and precision on %r %a %b
print(b"%s" % memoryview(b"abc")[1:], b"%b" % bytes(3), b"%s%s" % (b"\x00", b"\xff"))
print(b"%-6r|" % 1, b"%6a|" % "z", b"%.3r" % "abcdef", b"%5b|" % b"ab")
