samples = ["42", "-17", "+3", "3.14", "1e3", "0x1f", "0b101", " 7 ", "1_000", "١٢٣", "12abc", ""]
for s in samples:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(s)))
        except ValueError:
            out.append("ValueError")
    print(repr(s), out)
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), float("-inf"), float(" 2.5e-3 "))
print("3.14".replace(".", "", 1).isdigit(), "-5".lstrip("-").isdigit())
