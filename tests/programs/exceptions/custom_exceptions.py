class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
for exc in (NotFound("user"), Invalid("age", "negative"), AppError("plain"), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise NotFound("k")
except NotFound as e:
    print(e.key, isinstance(e, AppError), isinstance(e, Exception))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("x")), str(WithRepr("x")))
print(NotFound.__mro__[1].__name__, AppError.__doc__)
