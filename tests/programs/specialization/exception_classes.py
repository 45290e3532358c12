# Calling an exception class with a Python __init__ makes the exception (args = the call's arguments, as
# BaseException.__new__ does) and runs __init__ as a frame once specialized; args, str, attributes,
# super().__init__, OSError subclasses and a bad __init__ must behave as in CPython.


class AppError(Exception):
    def __init__(self, code, message=""):
        self.code = code
        self.message = message


class Chained(AppError):
    def __init__(self, code):
        super().__init__(code, "chained")


class WithArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)


class MyOSError(OSError):
    def __init__(self, errno, text):
        super().__init__(errno, text)


class Bad(Exception):
    def __init__(self, x):
        return 5


def make(cls, *args):
    return cls(*args)


def make_app(code):
    return AppError(code, "m")


def make_chained(code):
    return Chained(code)


errors = [make_app(i) for i in range(60)]
print(errors[-1].args, str(errors[-1]), repr(errors[-1]), errors[-1].code, errors[-1].message)
chained = [make_chained(i) for i in range(60)]
print(chained[-1].args, str(chained[-1]), chained[-1].message)
w = [WithArgs(i, 1) for i in range(60)][-1]
print(w.args, str(w))
o = [MyOSError(2, "nope") for _ in range(60)][-1]
print(o.args, o.errno, o.strerror, str(o))
try:
    for _ in range(60):
        Bad(1)
except TypeError as e:
    print("TypeError", e)
caught = 0
for i in range(100):
    try:
        raise AppError(i, "loop")
    except AppError as e:
        caught += e.code
print(caught)
AppError.__init__ = lambda self, code, message="": setattr(self, "code", -code)
print(make_app(3).code, make_app(4).args)
