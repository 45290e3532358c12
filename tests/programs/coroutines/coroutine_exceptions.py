async def fails():
    raise ValueError("inside coroutine")
async def catches():
    try:
        await fails()
    except ValueError as e:
        return f"caught: {e}"
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(catches()))
try:
    run(fails())
except ValueError as e:
    print("propagated to driver:", e)
class Pause:
    def __await__(self):
        yield "paused"
async def waits():
    try:
        await Pause()
    except KeyError as e:
        return f"thrown in: {e!r}"
c = waits()
print(c.send(None))
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
