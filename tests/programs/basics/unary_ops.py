x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), ~~x, not not x)
print(-0.0, +(-0.0), -(2 ** 70), ~(2 ** 70))
print(-True, +True, ~True, ~False)
print(-(3 + 4j), +(1.5))
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    -None
except TypeError as e:
    print(type(e).__name__, e)
