cache = {}
key = ["list", "key"]
print("storing")
cache[key] = 1
