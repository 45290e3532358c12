"""A helper module for the modules/ cases."""
print("importing _helper")
GREETING = "hello from _helper"
counter = 0
def greet(name):
    return f"{GREETING}, {name}"
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"Widget({self.size})"
_private = "underscore names are not exported by *"
