def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 5, 8, 13, 21]
for x in (0, 1, 3, 4, 21, 22):
    print(x, bisect_left(data, x))
import bisect
print([bisect.bisect_right(data, x) for x in (3, 8, 100)])
bisect.insort(data, 4)
print(data)
