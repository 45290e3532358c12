class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": "yes"}
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = kwargs
class Model(metaclass=OrderedMeta, table="models"):
    b = 1
    a = 2
    def method(self):
        pass
print(Model.fields, Model.injected, Model.options)
class Child(Model, flag=True):
    c = 3
print(Child.fields, Child.options)
