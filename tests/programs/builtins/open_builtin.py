import os
name = "_open_builtin_scratch.txt"
try:
    with open(name, "w", encoding="utf-8") as f:
        n = f.write("line one\nline two\nünïcode\n")
        print("wrote", n, "characters", f.closed)
    print("closed after with:", f.closed)
    with open(name, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(name, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(name, "a", encoding="utf-8") as f:
        f.write("appended\n")
    with open(name, "rb") as f:
        data = f.read()
        print(len(data), data[-9:], type(data).__name__)
    with open(name, encoding="utf-8") as f:
        print(f.readline(), end="")
        print(f.readlines())
finally:
    os.remove(name)
try:
    open("_does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open(name, "rw")
except ValueError as e:
    print(type(e).__name__, e)
