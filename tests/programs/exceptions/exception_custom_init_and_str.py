class HTTPError(Exception):
    def __init__(self, status, reason=""):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)
    def __str__(self):
        return f"{self.status} {self.reason}".strip()
errors = [HTTPError(404, "Not Found"), HTTPError(500)]
for e in errors:
    print(str(e), "|", repr(e), "|", e.args)
try:
    raise HTTPError(403, "Forbidden")
except HTTPError as e:
    print(f"caught {e} (status {e.status})")
class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value
e = NoSuperInit(7)
print(repr(e), e.args, str(e))
class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(f"code={code}")
        self.code = code
print(repr(KwOnly(code=3)))
