# Hot operation: float multiplication and addition.
def run(n):
    x = 1.0
    acc = 0.0
    for _ in range(n):
        x = x * 1.0000001
        acc = acc + x * 0.5
    return acc


print(f"{run(6_000_000):.6e}")
