try:
    [].pop()
except IndexError:
    raise LookupError("nothing to pop") from None
