handlers = {"x": 5}
print("calling handler")
handlers["x"]()
