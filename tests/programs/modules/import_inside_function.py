def lazy():
    import _helper
    return _helper.greet("lazy")
print("before call")
print(lazy())
def local_binding():
    from _helper import GREETING
    return GREETING
print(local_binding())
try:
    print(_helper)
except NameError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        import json as serializer
    else:
        import colorsys as serializer
    return serializer.__name__
print(conditional(True), conditional(False))
