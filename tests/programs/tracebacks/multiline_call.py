# stderr: full
def total(*parts):
    return sum(parts)
result = total(1,
               2,
               "three")
