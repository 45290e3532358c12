x = "global x"
def f():
    x = "f's x"
    def g():
        nonlocal x
        x = "changed by g"
    g()
    return x
print(f(), x)
def h():
    global x
    x = "changed by h"
h()
print(x)
def levels():
    a = 1
    def l2():
        a = 2
        def l3():
            nonlocal a
            a += 10
            return a
        return l3(), a
    return l2(), a
print(levels())
def uses_before_global():
    def inner():
        return y
    return inner
y = "late global"
print(uses_before_global()())
def gl_del():
    global y
    del y
gl_del()
print("y" in globals())
