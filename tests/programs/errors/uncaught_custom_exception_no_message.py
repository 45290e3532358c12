class Empty(Exception):
    pass
print("raising a bare custom exception")
raise Empty
