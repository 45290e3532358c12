samples = ["plain", "with 'single'", 'with "double"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "nul\x00", "uni é ☃", "\x7f\x9f", "emoji 😀", "\u2028"]
for s in samples:
    r = repr(s)
    print(r, eval(r) == s)
print(repr(b"bytes 'q' \"dq\" \xff"), repr(bytearray(b"\x00a")))
