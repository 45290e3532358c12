class Base:
    def run(self):
        raise NotImplementedError(f"{type(self).__name__}.run")
class Child(Base):
    pass
print("calling run")
Child().run()
