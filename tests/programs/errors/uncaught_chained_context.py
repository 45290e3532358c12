try:
    {}["missing"]
except KeyError:
    print("handling KeyError, then failing inside the handler")
    raise TypeError("failure while handling")
