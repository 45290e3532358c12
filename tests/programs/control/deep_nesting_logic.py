def grade(score, bonus, late):
    if score >= 50:
        if bonus:
            if score + 10 >= 90:
                g = "A"
            else:
                g = "B+"
        else:
            if score >= 90:
                g = "A"
            elif score >= 70:
                g = "B"
            else:
                g = "C"
        if late:
            g += " (late)"
    else:
        g = "F"
    return g
for args in [(95, False, False), (85, True, True), (75, False, True), (55, True, False), (10, True, True)]:
    print(args, grade(*args))
