match x:
    case C(x=1, 2):
        pass
