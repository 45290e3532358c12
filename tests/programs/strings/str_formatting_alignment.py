rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 12.0, 3)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}|")
print("-" * 26)
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5}|")
print(f"{'total':<10}|{sum(p * q for _, p, q in rows):>8.2f}|{sum(q for *_, q in rows):^5}|")
print("{:=^20}".format(" centered "), "{:#<6}".format("ab"), "{:>{w}}".format("r", w=4))
print("%-8s|%8s|%08.3f" % ("left", "right", 3.14159))
print(str(12).rjust(5, "0"), "abc".center(9, "*"), "x".ljust(4) + "|")
