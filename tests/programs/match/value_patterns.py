import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Config:
    LIMIT = 10
def check(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Config.LIMIT:
            return "at limit"
        case _:
            return "other"
print(check(Color.RED), check(Color.GREEN), check(10), check(1))
import math
match math.pi:
    case math.pi:
        print("dotted names are value patterns, not captures")
x = 3.0
match 3:
    case 3.0:
        print("3 == 3.0 matches a literal pattern")
