print("_raises_on_import: running")
partial_state = "set before the error"
result = 1 / 0
