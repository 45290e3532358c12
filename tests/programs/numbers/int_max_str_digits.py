# int <-> str digit limit: sys.get/set_int_max_str_digits, error messages, which conversions are limited
import sys

def t(f):
    try:
        r = f()
        if isinstance(r, str) and len(r) > 60:
            r = ("len", len(r), r[:10], r[-10:])
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)

big = 10 ** 4300          # 4301 digits
ok = 10 ** 4299           # 4300 digits
t(lambda: str(ok))
t(lambda: str(big))
t(lambda: repr(big))
t(lambda: str(-big))
t(lambda: "%d" % big)
t(lambda: "{}".format(big))
t(lambda: f"{big:,}")
t(lambda: format(big, "d"))
t(lambda: format(big, "x")[:5])
t(lambda: hex(big)[:8])
t(lambda: bin(big)[:8])
t(lambda: oct(big)[:8])
t(lambda: len(format(big, "b")))
t(lambda: str(big)[:3])
t(lambda: int("1" * 4300) % 97)
t(lambda: int("1" * 4301))
t(lambda: int("-" + "1" * 4301))
t(lambda: int("  " + "1" * 4301 + "  "))
t(lambda: int("1_" * 4000 + "1") % 97)
t(lambda: int("1_" * 4300 + "1"))
t(lambda: int("1" * 4301, 16) % 97)
t(lambda: int("1" * 4301, 8) % 97)
t(lambda: int("1" * 4301, 2) % 97)
t(lambda: int("1" * 4301, 3))
t(lambda: int("1" * 4301, 36))
t(lambda: int("0" * 4301))
t(lambda: int(b"1" * 4301))

# changing the limit
t(lambda: sys.set_int_max_str_digits(639))
t(lambda: sys.set_int_max_str_digits(1))
t(lambda: sys.set_int_max_str_digits(-1))
t(lambda: sys.set_int_max_str_digits(640))
print(sys.get_int_max_str_digits())
t(lambda: str(10 ** 639)[:3])
t(lambda: str(10 ** 640))
t(lambda: str(10 ** 700))
t(lambda: int("7" * 641))
t(lambda: int("7" * 640) % 1000)
t(lambda: sys.set_int_max_str_digits(maxdigits=5000))
print(sys.get_int_max_str_digits())
t(lambda: str(big))
t(lambda: str(10 ** 5000))
t(lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
t(lambda: len(str(10 ** 20000)))
t(lambda: int("9" * 20000) % 1000)
t(lambda: sys.set_int_max_str_digits("100"))
t(lambda: sys.set_int_max_str_digits(1000.0))
t(lambda: sys.set_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(digits=1000))
t(lambda: sys.set_int_max_str_digits(True))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
t(lambda: str(big))

# float conversions are not limited by this
t(lambda: float("1" * 5000))
t(lambda: float("0." + "1" * 5000))
