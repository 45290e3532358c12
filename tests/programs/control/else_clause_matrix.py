def run(limit, stop_at):
    out = []
    for i in range(limit):
        if i == stop_at:
            out.append("break")
            break
        out.append(i)
    else:
        out.append("else")
    return out
print(run(3, 10))
print(run(3, 1))
print(run(0, 0))
def w(limit, stop_at):
    i = 0
    out = []
    while i < limit:
        if i == stop_at:
            out.append("break")
            break
        i += 1
    else:
        out.append("else")
    return out + [i]
print(w(3, 10), w(3, 1), w(0, 0))
def ret_in_loop():
    for i in range(3):
        if i == 1:
            return "returned"
    else:
        return "else"
print(ret_in_loop())
