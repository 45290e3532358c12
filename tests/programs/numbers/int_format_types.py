# format() of ints: presentation types b o x X d n c and none, with '#', '0', width, sign
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 10, -10, 255, -255, 65535, 2**64, -(2**64) + 1, True]
for spec in ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", "+d", " d", "-d",
             "+#x", " #o", "08d", "#010x", "#010b", "-#10X", "+08b", "012", "#012"]:
    print(repr(spec), [format(v, spec) for v in vals])

# 'c' converts to a character
for v in (65, 97, 48, 0x263A, 0x1F600, 0x1D518, 0, 10, 0x10FFFF):
    t(lambda: format(v, "c"))
t(lambda: format(65, ">5c"))
t(lambda: format(65, "^5c"))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(65, "+c"))
t(lambda: format(65, "#c"))
t(lambda: format(65, ",c"))
t(lambda: format(65, ".2c"))

# n behaves like d in the C locale
t(lambda: format(1234567, "n"))
t(lambda: format(-1234567, "n"))
t(lambda: format(1234567, ",n"))

# bool formats: empty spec gives 'True', with a type gives int formatting
t(lambda: format(True))
t(lambda: format(True, ""))
t(lambda: format(True, "d"))
t(lambda: format(False, "x"))
t(lambda: format(True, "^6"))
t(lambda: format(True, "5"))
t(lambda: f"{True!r:>6}")
t(lambda: f"{False:08b}")

# unknown or invalid types / precision
for spec in ["s", "r", "a", "z", "y", "q", ".2d", ".0x", "=s", "#d" + "", "zd", "z"]:
    t(lambda: format(42, spec))
t(lambda: format(42, "#d"))
t(lambda: format(42, "dd"))
t(lambda: format(42, "10"))
t(lambda: format(42, "00"))
t(lambda: format(42, 5))
t(lambda: format(42, None))
t(lambda: (42).__format__(""))
t(lambda: (42).__format__("x"))
t(lambda: (42).__format__(5))
t(lambda: int.__format__(7, "03"))

# str.format / f-string / % equivalents
t(lambda: "{:x} {:#X} {:o} {:b}".format(3054, 3054, 8, 5))
t(lambda: "{0:{1}}".format(42, "08b"))
t(lambda: f"{-42:#x}|{42:+}|{-0:+}")
t(lambda: "%d %i %x %X %o %#x %#o %+d % d %05d %-5d|" % (42, -42, 255, 255, 8, 255, 8, 3, 3, -42, 7))
t(lambda: "%c%c" % (65, 0x1F600))
t(lambda: "%c" % 0x110000)
t(lambda: "%x" % 3.0)
t(lambda: "%d" % 3.99)
t(lambda: "%d" % "3")
t(lambda: "%u" % -5)
