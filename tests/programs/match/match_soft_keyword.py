match = "match is a soft keyword"
case = "so is case"
print(match, "|", case)
_ = "underscore variable"
print(_)
def match_fn(match):
    return match * 2
print(match_fn(21))
match [match, case]:
    case [m, c]:
        print(len(m), len(c))
class case:
    match = 1
print(case.match)
