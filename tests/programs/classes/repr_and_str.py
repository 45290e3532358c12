class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(s, f"{s}", f"{s!r}".startswith("<__main__.OnlyStr object at 0x"))
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
