class Logged:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)
    def method(self):
        return self.value * 2
obj = Logged()
print(obj.value)
print(obj.method())
class Hidden:
    secret = "s"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
h = Hidden()
print(h.secret, h.other)
