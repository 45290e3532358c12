import math
for deg in (0, 30, 45, 60, 90, 180):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.tan(0), math.atan(1) * 4 == math.pi, math.atan2(1, -1), math.asin(1), math.acos(0))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(round(math.sin(math.pi), 12), math.cos(math.pi), math.degrees(math.pi / 3))
