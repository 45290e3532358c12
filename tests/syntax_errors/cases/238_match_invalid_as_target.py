match x:
    case a.b as 1:
        pass
