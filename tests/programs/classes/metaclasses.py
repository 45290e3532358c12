class Registry(type):
    classes = []
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        cls.registered_name = name.lower()
        return cls
    def __call__(cls, *args, **kwargs):
        print("creating instance of", cls.__name__)
        return super().__call__(*args, **kwargs)
class Base(metaclass=Registry):
    pass
class Plugin(Base):
    def __init__(self, v):
        self.v = v
print(Registry.classes, Plugin.registered_name, type(Plugin).__name__)
p = Plugin(5)
print(p.v, isinstance(Plugin, Registry), isinstance(p, Registry))
Dynamic = type("Dynamic", (Base,), {"x": 10, "double": lambda self: self.x * 2})
print(Dynamic().double(), Dynamic.__name__, Registry.classes)
print(type(type), type(int), type(Base))
class Meta2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta2>"
class Shown(metaclass=Meta2):
    pass
print(repr(Shown), Shown)
