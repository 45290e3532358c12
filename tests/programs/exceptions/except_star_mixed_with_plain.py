def raiser(kind):
    if kind == "plain":
        raise KeyError("plain key")
    raise ExceptionGroup("grp", [KeyError("grouped key"), OSError("os")])
for kind in ("plain", "group"):
    try:
        raiser(kind)
    except* KeyError as eg:
        print(kind, "KeyError part:", [repr(e) for e in eg.exceptions])
    except* OSError as eg:
        print(kind, "OSError part:", [repr(e) for e in eg.exceptions])
try:
    try:
        raiser("group")
    except* OSError:
        print("only OSError handled")
except* KeyError as eg:
    print("outer got", repr(eg))
