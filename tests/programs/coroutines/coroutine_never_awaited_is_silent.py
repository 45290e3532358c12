async def unused():
    return 1
c = unused()
c.close()
print("closed explicitly: no warning")
async def outer():
    inner = unused()
    result = await inner
    return result + 1
try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
