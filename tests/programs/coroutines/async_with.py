class AsyncResource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("acquire", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
async def main():
    async with AsyncResource("db") as handle:
        print("using", handle)
    async with AsyncResource("file", suppress=True):
        raise ValueError("suppressed in aexit")
    try:
        async with AsyncResource("net"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with AsyncResource("a") as a, AsyncResource("b") as b:
        print("both", a, b)
    return "main done"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
