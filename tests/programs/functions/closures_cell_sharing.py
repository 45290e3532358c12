def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(42)
print(get())
get2, set2 = make_pair()
print(get2(), get())
print(get.__closure__[0] is set_.__closure__[0], get.__closure__[0] is get2.__closure__[0])
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = "after loop"
    return [f() for f in fs]
print(loop_closures())
def nested_cells():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(nested_cells())
print(make_pair.__code__.co_cellvars, get.__code__.co_freevars)
