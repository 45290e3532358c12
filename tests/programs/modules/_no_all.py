public_a = 1
public_b = 2
_private_c = 3
import math as _math_alias
import json
