def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return None
print(first_negative([1, 2, -3, -4]), first_negative([1]))
def index_of_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return -1, -1
print(index_of_pair([2, 7, 11, 15], 9), index_of_pair([1, 2], 10))
def count_until(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(count_until(50), count_until(1000))
