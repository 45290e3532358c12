log = []
def g(label, result):
    log.append(label)
    return result
value = (1, 2)
match value:
    case (1, x) if g("guard1", x > 5):
        print("first")
    case (1, x) | (x, 1) if g("guard2", True):
        print("second with", x)
    case _:
        print("default")
print(log)
match {"k": 1, "j": 2}:
    case {"j": j, "k": k}:
        print("key order in pattern does not matter:", j, k)
