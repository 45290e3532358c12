class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "full":
            return f"{self.amount:.2f} dollars"
        if spec:
            return f"${self.amount:{spec}}"
        return f"${self.amount}"
    def __str__(self):
        return f"Money({self.amount})"
m = Money(12.5)
print(f"{m}", f"{m:full}", f"{m:>10.1f}", format(m), format(m, "full"), "{:full}".format(m))
print(str(m), f"{m!s}", f"{m!r}".startswith("<__main__.Money object at 0x"))
class Plain:
    def __str__(self):
        return "plain-str"
print(f"{Plain()}", format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
