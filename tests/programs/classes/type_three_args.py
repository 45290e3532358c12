def init(self, name):
    self.name = name
Person = type("Person", (), {"__init__": init, "greet": lambda self: f"hi {self.name}", "kind": "human"})
p = Person("Ann")
print(p.greet(), Person.kind, Person.__name__, type(p).__name__, Person.__bases__)
Student = type("Student", (Person,), {"school": "MIT"})
s = Student("Bob")
print(s.greet(), s.school, isinstance(s, Person), [c.__name__ for c in Student.__mro__])
print(type(5), type("s") is str, type(type) is type)
try:
    type("X", "not a tuple", {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
