# while loops compiled as CPython 3.11 does (the test again at the bottom, jumping back into the body),
# and two- or three-target assignments from as many values compiled without a tuple.


def gcd_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps


def loops(n):
    i = 0
    out = []
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > n:
            break
        out.append(i)
    else:
        out.append("never")
    j = 0
    while j < 3:
        j += 1
    else:
        out.append("else")
    while any(isinstance(x, int) and x > 7 for x in out):
        out.pop(0)
    while (k := len(out)) > 5:
        out.pop()
    out.append(k)
    while not out:
        out.append("unreached")
    count = 0
    while count < 4:
        try:
            if count == 2:
                raise ValueError(count)
        except ValueError as e:
            out.append(f"caught {e}")
        finally:
            count += 1
    return out


def bottom_test_raises():
    seen = []
    items = [3, 2, 1, "x"]
    try:
        while items.pop() > 0:
            seen.append(len(items))
    except TypeError as e:
        seen.append(str(e))
    return seen


def swaps():
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    a, a = 1, 2
    p, q = [10], [20]
    p, q = q, p
    [m, n] = n2, m2 = 7, 8
    return x, y, z, a, p, q, m, n, n2, m2


class Box:
    pass


print(gcd_steps(1071, 462), gcd_steps(5, 0))
print(loops(10))
print(bottom_test_raises())
print(swaps())
b = Box()
b.a, b.b = 1, 2
b.a, b.b = b.b, b.a
print(b.a, b.b)
g1, g2 = 5, 6
g1, g2 = g2, g1
print(g1, g2)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
lst[0], lst[1], lst[2] = lst[1], lst[2], lst[0]
print(lst)
