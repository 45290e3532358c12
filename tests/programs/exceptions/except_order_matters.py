class Base(Exception):
    pass
class Child(Base):
    pass
def catch(exc):
    try:
        raise exc
    except Child:
        return "Child handler"
    except Base:
        return "Base handler"
print(catch(Child()), catch(Base()))
def catch_reversed(exc):
    try:
        raise exc
    except Base:
        return "Base handler first"
    except Child:
        return "never reached"
print(catch_reversed(Child()))
try:
    raise Child("x")
except (ValueError, Base) as e:
    print("tuple matched", type(e).__name__)
