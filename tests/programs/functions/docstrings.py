def documented():
    """First line.

    More detail.
    """
    return 1
print(repr(documented.__doc__))
class K:
    """Class doc."""
    def m(self):
        "method doc"
print(K.__doc__, K.m.__doc__, K().m.__doc__)
def not_a_doc():
    x = 1
    "this is not a docstring"
print(not_a_doc.__doc__)
def fdoc():
    f"""f-string is not a docstring"""
print(fdoc.__doc__)
print(len.__doc__.splitlines()[0])
