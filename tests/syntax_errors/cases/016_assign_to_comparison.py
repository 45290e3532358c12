if x:
    a < b = 3
