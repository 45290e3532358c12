class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
print("raising Weird")
raise Weird("x")
