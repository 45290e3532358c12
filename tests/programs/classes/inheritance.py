class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def kind(self):
        return "big " + super().kind()
for a in (Animal("generic"), Cat("Tom"), Lion("Leo")):
    print(a.speak(), "|", a.kind())
print(issubclass(Lion, Animal), isinstance(Lion("x"), Cat), issubclass(Animal, Lion))
print(Lion.__bases__, Lion.__base__.__name__, [c.__name__ for c in Lion.__mro__])
print(Cat.__dict__.get("speak"), "speak" in Animal.__dict__)
class Empty(Animal):
    pass
print(Empty("e").speak())
