import math
print(math.pi)
math.tau_squared
