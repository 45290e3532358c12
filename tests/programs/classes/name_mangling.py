class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "visible"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()
a = Account()
print(a.balance(), a._protected, a.call_secret())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
print(sorted(vars(Sub())))
class _Leading:
    def __m(self):
        return "mangled with stripped underscore"
print([n for n in dir(_Leading) if "m" in n and n.startswith("_L")])
class Dunder:
    def __not_mangled__(self):
        return "dunder names are not mangled"
print(Dunder().__not_mangled__())
