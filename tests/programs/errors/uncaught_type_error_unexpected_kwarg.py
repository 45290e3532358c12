def connect(host, port=80):
    return f"{host}:{port}"
print(connect("a", port=1))
connect("b", timeout=5)
