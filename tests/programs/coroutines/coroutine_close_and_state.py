class Pause:
    def __await__(self):
        yield
async def long_task():
    try:
        await Pause()
        await Pause()
    finally:
        print("cleanup in coroutine")
c = long_task()
print(c.cr_running, c.cr_frame is not None)
c.send(None)
print(c.cr_suspended if hasattr(c, "cr_suspended") else "-", c.cr_await is not None)
c.close()
print("closed", c.cr_frame)
print(c.__name__, c.__qualname__)
