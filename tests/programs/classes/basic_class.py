class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.bark(), d.age, d.birthday().age, d.species, Dog.species)
d.species = "own"
print(d.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), Dog.__name__, Dog.__qualname__)
print(sorted(vars(d)), Dog.__module__)
print(Dog.bark(d))
e = Dog("Fido", 1)
print(e.species, d.name != e.name)
try:
    Dog("only name")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.fly()
except AttributeError as ex:
    print(type(ex).__name__, ex)
