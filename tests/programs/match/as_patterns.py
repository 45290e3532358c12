def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] as whole if items:
            return f"taking {items} from {whole}"
        case [("look" | "see") as verb]:
            return f"verb {verb}"
        case [] as empty:
            return f"empty command {empty}"
    return "unknown"
for c in ["go north", "go up", "take a b", "take", "look", ""]:
    print(repr(c), "->", parse(c))
match (1, [2, 3]):
    case (a, [b, c] as inner) as outer:
        print(a, b, c, inner, outer)
