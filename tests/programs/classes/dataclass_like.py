from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
@dataclass
class Bag:
    items: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0), p != Point(2))
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
v = Version(1)
try:
    v.major = 2
except Exception as e:
    print(type(e).__name__, e)
b1, b2 = Bag(), Bag()
b1.items.append(1)
print(b1, b2)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
