"""A small first program for Adder."""


def greet(name: str, times: int = 1) -> str:
    return " ".join([f"Hello, {name}!"] * times)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    print(greet("world"))
    print([fib(i) for i in range(10)])
