def f(a):
    return a + 1
def g(x, *args, flag=False, **kw):
    total = x
    for v in args:
        total += v
    return total if not flag else -total
code = f.__code__
print(list(code.co_positions()))
print(code.co_code, list(code.co_lines()))
print(code.co_stacksize, code.co_nlocals, code.co_flags, code.co_argcount, code.co_varnames, code.co_name, code.co_qualname)
gc = g.__code__
print(gc.co_argcount, gc.co_kwonlyargcount, gc.co_posonlyargcount, gc.co_varnames, gc.co_flags, gc.co_stacksize)
print(gc.co_firstlineno, [line for _, _, line in gc.co_lines()][:3], len(list(gc.co_positions())) == len(gc.co_code) // 2)
