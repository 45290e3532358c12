import os.path
import collections.abc
from collections import OrderedDict, namedtuple, Counter, deque
import json, math, string
print(os.path.join("a", "b", "c.txt"), os.path.splitext("f.tar.gz"), os.path.basename("/x/y.py"))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p._asdict(), p._replace(y=5))
c = Counter("abracadabra")
print(c.most_common(2), c["z"])
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq)
print(json.loads('{"a": [1, 2, {"b": null}]}'), json.dumps([1, "x", True], separators=(",", ":")))
print(string.ascii_lowercase[:5], string.digits, math.gcd(12, 18))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
