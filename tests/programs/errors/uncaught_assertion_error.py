def check(value):
    assert value > 0, f"value must be positive, got {value}"
    return value
print(check(5))
check(-2)
