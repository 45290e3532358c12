class MyKeyError(KeyError):
    pass
class MyValueError(ValueError):
    def __init__(self, value):
        super().__init__(f"invalid: {value}")
        self.value = value
d = {}
try:
    raise MyKeyError("mk")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, e)
try:
    raise MyValueError(42)
except ValueError as e:
    print(e, e.value, e.args)
class CodeError(Exception):
    def __init__(self, code, msg="failure"):
        super().__init__(code, msg)
        self.code = code
e = CodeError(404)
print(e, repr(e), e.code)
class Silent(Exception):
    def __str__(self):
        return ""
print(repr(str(Silent("hidden"))), repr(Silent("hidden")))
class OSErrorChild(OSError):
    pass
e = OSErrorChild(2, "gone")
print(type(e).__name__, e.errno, e)
