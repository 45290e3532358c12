def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
def track(x, seen=set()):
    new = x not in seen
    seen.add(x)
    return new
print([track(v) for v in [1, 2, 1, 3, 2]])
def counter(_state=[0]):
    _state[0] += 1
    return _state[0]
print(counter(), counter(), counter())
def default_eval_order():
    log = []
    def f(a=log.append("a") or 1, b=log.append("b") or 2):
        return a + b
    return log, f()
print(default_eval_order())
