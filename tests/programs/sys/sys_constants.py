import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
print(sys.version_info.major, sys.version_info.minor, sys.version_info[:2], sys.version_info >= (3, 11))
print(type(sys.version_info).__name__, sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30B)
print(sys.byteorder, sys.platform)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
print(sys.getdefaultencoding(), sys.stdout.encoding)
