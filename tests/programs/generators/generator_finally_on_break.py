def resource(name):
    print("open", name)
    try:
        for i in range(5):
            yield f"{name}{i}"
    finally:
        print("close", name)
gen = resource("a")
for item in gen:
    print(item)
    if item == "a1":
        break
print("after loop: the generator is suspended, not finished")
gen.close()
print("after close")
g = resource("b")
print(next(g))
g.close()
print(list(g))
def outer():
    yield from resource("c")
o = outer()
print(next(o))
o.close()
print("outer closed, inner closed through it")
