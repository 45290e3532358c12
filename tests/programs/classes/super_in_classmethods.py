class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @staticmethod
    def helper():
        return "Base.helper"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.created_by = "init_subclass"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child+" + super().create()
    @staticmethod
    def helper():
        return "Child+" + super(Child, Child).helper()
print(Child.create(), Child.helper(), Child.created_by)
class GrandChild(Child):
    pass
print(GrandChild.create())
sup = super(Child, Child())
print(type(sup).__name__, sup.create())
