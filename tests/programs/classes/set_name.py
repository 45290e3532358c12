class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ on {owner.__name__}.{name}")
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"<{self.owner}.{self.name}>"
class Record:
    id = Field()
    title = Field()
    not_a_field = 5
print(Record().id, Record.title)
f = Field()
class Later:
    pass
Later.added = f
print(hasattr(f, "name"))
f.__set_name__(Later, "added")
print(Later().added)
