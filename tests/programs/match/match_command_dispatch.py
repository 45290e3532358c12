def run(commands):
    stack = []
    for cmd in commands:
        match cmd.split():
            case ["push", num] if num.lstrip("-").isdigit():
                stack.append(int(num))
            case ["pop"]:
                stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["mul"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ["dup"]:
                stack.append(stack[-1])
            case ["print"]:
                print("stack:", stack)
            case [op, *args]:
                print(f"unknown op {op!r} with args {args}")
            case []:
                print("blank line")
    return stack
print(run(["push 3", "push 4", "add", "dup", "mul", "print", "", "jump 5 6", "push -2", "add"]))
