async def bad():
    await 42
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_list():
    await [1, 2]
try:
    bad_list().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def bad_iter():
    await BadAwait()
try:
    bad_iter().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def reuse():
    return 1
c = reuse()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
