print(chr(65), chr(97), chr(0x20AC), chr(0x1F600), repr(chr(0)), repr(chr(10)), chr(233))
print(ord("A"), ord("€"), ord("😀"), ord("\n"), ord(b"a"), ord(bytearray(b"z")))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "hi"])
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: chr(1.5)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
