class errors:
    class Nested(ValueError):
        pass
print("raising a nested class exception")
raise errors.Nested("qualified name uses only the class name")
