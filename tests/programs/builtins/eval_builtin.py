print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "global"}, {"x": "local"}))
print(eval("  42  "), eval("\t7\n"), eval("(1,\n2)"))
print(eval(compile("3 ** 3", "<expr>", "eval")), eval(b"1 + 1"))
print(eval("len", {}), eval("__builtins__ is not None", {}))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name_here")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(123)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
