# Fannkuch-redux: generate permutations in place, count prefix flips, track checksum and maximum.
import _harness


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    permutations = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips if sign == 1 else -flips
        sign = -sign
        permutations += 1
        # Advance to the next permutation by rotating prefixes.
        while True:
            if r == n:
                return checksum, max_flips, permutations
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def bench(scale):
    # Scale is the number of rounds; each round runs n = 7 and n = 8.
    total = 0
    for k in range(scale):
        for n in (7, 8):
            checksum, max_flips, perms = fannkuch(n)
            total += checksum * 1000 + max_flips * 100000 + perms + k
    return total



DEFAULT_SCALE = 10
QUICK_SCALE = 1

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
