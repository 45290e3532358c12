exec("a = 1 + 2\nprint('exec sees', a)")
print(a)
ns = {}
exec("def f(x):\n    return x * 2\nresult = f(21)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
g = {"value": 5}
l = {}
exec("value2 = value * 10", g, l)
print(l, "value2" in g)
code = compile("for i in range(3): total = total + i", "<string>", "exec")
env = {"total": 100}
exec(code, env)
print(env["total"])
print(exec("1 + 1"))
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("undefined_in_exec")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
exec("import math as m2")
print(m2.sqrt(16))
