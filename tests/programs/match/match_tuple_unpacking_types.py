points = [(0, 0), (1, 0), (0, 2), (3, 4), (1, 2, 3), "xy", 7]
for p in points:
    match p:
        case (0, 0):
            print(p, "origin")
        case (x, 0):
            print(p, f"x-axis {x}")
        case (0, y):
            print(p, f"y-axis {y}")
        case (x, y):
            print(p, f"point {x},{y}")
        case (x, y, z):
            print(p, f"3d {x},{y},{z}")
        case _:
            print(p, "not a point")
