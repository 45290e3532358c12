class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_valid(text):
        parts = text.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class SpecialDate(Date):
    pass
print(Date.from_string("2024-1-15"), SpecialDate.from_string("2000-12-31"))
print(Date.is_valid("2024-01-01"), Date(1, 2, 3).is_valid("x"))
d = Date(1, 1, 1)
print(d.from_string("5-5-5"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
print(Date.from_string.__self__ is Date, Date.is_valid.__name__)
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), Counter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
