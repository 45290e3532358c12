class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        if received == "fail":
            raise RuntimeError(f"failed at {self.label}")
        return received
async def procedure():
    try:
        a = await Step("one")
        b = await Step("two")
        return a + b
    except RuntimeError as e:
        return f"recovered: {e}"
    finally:
        print("procedure finally")
def drive(coro, replies):
    out = coro.send(None)
    print("yielded", out)
    for r in replies:
        try:
            out = coro.send(r)
            print("yielded", out)
        except StopIteration as e:
            return e.value
print(drive(procedure(), ["x", "y"]))
print(drive(procedure(), ["x", "fail"]))
