print("importing")
from math import sqroot
