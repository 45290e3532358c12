class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print("making points")
Point(1, 2, 3)
