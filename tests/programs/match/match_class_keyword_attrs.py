from dataclasses import dataclass
@dataclass
class User:
    name: str
    role: str
    active: bool = True
def permission(u):
    match u:
        case User(role="admin", active=True):
            return "full"
        case User(name=n, role="editor") if n.startswith("a"):
            return f"edit ({n})"
        case User(active=False):
            return "none"
        case User(role=r):
            return f"read ({r})"
for u in [User("root", "admin"), User("ann", "editor"), User("bob", "editor"), User("x", "admin", False), User("y", "guest")]:
    print(u.name, permission(u))
print(User.__match_args__)
match User("z", "viewer"):
    case User(n, r):
        print("positional via dataclass __match_args__:", n, r)
match User("q", "w"):
    case User(missing_attr=1):
        print("no")
    case _:
        print("missing attribute: no match")
