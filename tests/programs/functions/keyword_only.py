def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True))
try:
    connect("c", 8080)
except TypeError as e:
    print(type(e).__name__, e)
def required_kw(*, key):
    return key
print(required_kw(key="k"))
try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)
def mixed(a, *args, flag=False, **kw):
    return a, args, flag, sorted(kw.items())
print(mixed(1, 2, 3, flag=True, x=9))
try:
    required_kw(key=1, other=2)
except TypeError as e:
    print(type(e).__name__, e)
def two_required(*, a, b):
    pass
try:
    two_required()
except TypeError as e:
    print(type(e).__name__, e)
