from collections import deque
def test(obj):
    match obj:
        case [a, b, c]:
            return f"3-seq {a}{b}{c}"
        case _:
            return f"not matched: {type(obj).__name__}"
for obj in [[1, 2, 3], (1, 2, 3), range(1, 4), deque([1, 2, 3]), "abc", b"abc", bytearray(b"abc"), {1: 1, 2: 2, 3: 3}, iter([1, 2, 3])]:
    print(test(obj))
match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
match [1]:
    case [1, *rest]:
        print("rest empty", rest)
