value = 0
def outer():
    value = "outer local"
    def inner():
        global value
        value = "set by inner"
    inner()
    return value
print(outer(), value)
def counter_factory():
    def bump():
        global total
        total = total + 1 if "total" in globals() else 1
        return total
    return bump
bump = counter_factory()
print(bump(), bump(), bump(), total)
def reads_global_after_set():
    global late
    late = "late"
    return late
print(reads_global_after_set(), late)
