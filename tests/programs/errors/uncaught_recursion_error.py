def countdown(n):
    return countdown(n - 1)
print("recursing forever")
countdown(10)
