counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 2
print(read_only())
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
print("counter" in globals(), globals()["counter"])
