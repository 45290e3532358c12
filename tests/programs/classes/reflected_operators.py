class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return f"{other} / Money"
    def __rpow__(self, other):
        return f"{other} ** Money"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(100)
print(m + 5)
print(5 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(1000 - m, 10 / m, 2 ** m)
class Sub(Money):
    def __radd__(self, other):
        print("Sub.__radd__ preferred")
        return "sub wins"
print(Money(1) + Sub(2))
