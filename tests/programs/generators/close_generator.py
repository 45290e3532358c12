def tracked():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup ran")
g = tracked()
print(next(g))
g.close()
print("closed once")
g.close()
print("closing again is fine")
try:
    next(g)
except StopIteration:
    print("exhausted after close")
unstarted = tracked()
unstarted.close()
print("closing an unstarted generator runs no cleanup")
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
