code = compile("a = 5\nb = a * 2", "<module-code>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns["a"], ns["b"])
expr = compile("b + 1", "<e>", "eval")
print(eval(expr, ns))
single = compile("x = 1", "<s>", "single")
print(type(single).__name__)
try:
    compile("def f(:", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("1", "<x>", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("x = 1", "<x>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
import ast
tree = compile("1 + 2", "<ast>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(eval(compile(tree, "<ast>", "eval")))
