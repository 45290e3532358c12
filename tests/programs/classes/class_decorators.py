def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("pen", 3), [Item("a", 1)])
@singleton
class Config:
    def __init__(self, value):
        self.value = value
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value, type(Config).__name__)
