# Nanoseconds per call into Python code from C#-implemented parts of the runtime (sorted keys,
# generators consumed by builtins, binary operators and properties of classes). Run under both:
#   ./adder bench/per_op/calls_into_python.py; python3.11 bench/per_op/calls_into_python.py
import time
def run(name, fn, n):
    t = time.perf_counter(); fn(n); print(name, round((time.perf_counter() - t) / n * 1e9), "ns")
def keyed(n):
    sorted(range(n), key=lambda x: -x)
def gen_sum(n):
    sum(x for x in range(n))
def join(n):
    "".join(str(i % 10) for i in range(n))
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
def dunder(n):
    a = V(1); b = V(2)
    for i in range(n): a = a + b
def prop(n):
    class P:
        @property
        def v(self): return 1
    p = P(); t = 0
    for i in range(n): t += p.v
for name, fn in (("sorted key", keyed), ("sum(gen)", gen_sum), ("join(gen)", join), ("__add__", dunder), ("property", prop)):
    run(name, fn, 300000)
