len_backup = len
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))
x = "global"
def enclosing():
    x = "enclosing"
    def local():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return local(), reads_enclosing()
print(enclosing(), x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "assigned later"
unbound()
class Scope:
    v = "class attr"
    def method(self):
        try:
            return v
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(Scope().method())
import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
del builtins.my_builtin
