# FORMAT_VALUE and BUILD_STRING: an exact str without a spec is its own format (a str subclass goes through
# format(), which may be overridden); conversions (!r !s !a) then the empty spec.
class S(str):
    def __format__(self, spec):
        return "S!" + spec
class T(str): pass
w = "lorem"
for v in ["x", S("y"), T("z"), 5, 2.5, None, [1], b"b", True]:
    print(f"{v}|{v!r}|{v!s}|{v!a}", f"{v:}", f"<{v}>")
print(type(f"{T('q')}"), f"{'é'!a}")
