async def resource():
    try:
        yield "r1"
        yield "r2"
    finally:
        print("async gen finally")
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = resource()
print(drive(ag.__anext__()))
print(drive(ag.aclose()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")
async def use_and_break():
    gen = resource()
    async for v in gen:
        print("got", v)
        break
    print("broke out")
    await gen.aclose()
    return "closed explicitly"
print(drive(use_and_break()))
