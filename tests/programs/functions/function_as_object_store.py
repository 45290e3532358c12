def handler(event):
    handler.events.append(event)
    return len(handler.events)
handler.events = []
print(handler("open"), handler("read"), handler("close"))
print(handler.events)
def make_registry():
    def register(fn):
        register.items[fn.__name__] = fn
        return fn
    register.items = {}
    return register
reg = make_registry()
@reg
def one():
    return 1
@reg
def two():
    return 2
print(sorted(reg.items), sum(f() for f in reg.items.values()))
try:
    print(one.missing_attr)
except AttributeError as e:
    print(type(e).__name__, e)
