x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
n = 17
n %= 5; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n &= 6; print(n)
n |= 9; print(n)
n ^= 15; print(n)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"a": 1}
d["a"] += 10
print(d)
class C:
    v = 1
c = C()
c.v += 5
print(c.v, C.v)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
