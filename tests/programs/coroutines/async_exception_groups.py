class Tick:
    def __await__(self):
        yield
async def job(n):
    await Tick()
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n
def run_jobs(ns):
    coros = [job(n) for n in ns]
    results, errors = [], []
    for c in coros:
        try:
            while True:
                c.send(None)
        except StopIteration as e:
            results.append(e.value)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("jobs failed", errors)
    return results
print(run_jobs([0, 2]))
try:
    run_jobs([1, 2, 3])
except* ValueError as eg:
    print([str(e) for e in eg.exceptions])
