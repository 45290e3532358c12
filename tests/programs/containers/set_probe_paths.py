# Set lookups and inserts down each path of the probe loop: the key itself, an equal key that is another
# object (big ints, 1 == 1.0 == True, equal strs built at run time, objects with colliding hashes),
# empty slots whose hash is 0, keys whose hash collides with the removed-entry marker's, and an __eq__
# that changes the set while it is being probed.

big = 10**20
s = {big, 2**70, 1, 0, -1, -2, "", "abc" * 3}
print(10**20 in s, 2**70 in s, 2**71 in s, 1.0 in s, True in s, 0.0 in s, False in s, -1.0 in s, -2 in s)
print("".join(["abc"] * 3) in s, "ab" + "c" in s, "" in s, "x"[1:] in s)
s.add(10**20)
s.add(1.0)
s.add(False)
print(len(s), sorted(str(x) for x in s))


class Collide:
    def __init__(self, name, group):
        self.name, self.group = name, group

    def __hash__(self):
        return 42

    def __eq__(self, other):
        log.append(f"{self.name}=={other.name}")
        return isinstance(other, Collide) and self.group == other.group

    def __repr__(self):
        return self.name


log = []
c = {Collide("a", 1), Collide("b", 2), Collide("c", 3)}
print(len(c), Collide("a2", 2) in c, Collide("z", 9) in c)
c.add(Collide("b2", 2))
c.add(Collide("d", 4))
print(len(c), sorted(log))

# Removals leave markers that lookups walk past; the insertion order decides the iteration order.
t = set(range(40))
for k in range(0, 40, 3):
    t.discard(k)
for k in (0, 3, 64, 67, 128, 6):
    t.add(k)
print(list(t))
print([k in t for k in (0, 1, 3, 9, 64, 65, 128, 129)])
small = set()
for k in range(100):
    small.add(k % 7)
    small.discard((k + 3) % 7)
print(list(small), 3 in small, 4 in small)


class Mutating:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return 7

    def __eq__(self, other):
        global mutate
        if mutate and isinstance(other, Mutating) and other.value == "probe":
            mutate = False
            target.clear()
            target.update({Mutating("x"), Mutating("y")})
        return isinstance(other, Mutating) and self.value == other.value


mutate = False
target = {Mutating("m"), Mutating("n")}
mutate = True
print(Mutating("probe") in target, len(target))
target.add(Mutating("x"))
print(len(target), sorted(m.value for m in target))
