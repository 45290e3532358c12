def g():
    yield 1
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended if hasattr(gen, "gi_suspended") else "-")
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno)
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame, gen.gi_suspended)
print(gen.__name__, gen.__qualname__, g.__name__)
def self_ref():
    yield gen2.gi_running
gen2 = self_ref()
print(next(gen2))
def reenter():
    yield next(gen3)
gen3 = reenter()
try:
    next(gen3)
except ValueError as e:
    print(type(e).__name__, e)
