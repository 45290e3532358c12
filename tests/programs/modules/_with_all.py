__all__ = ["exported", "AlsoExported"]
exported = "in __all__"
not_exported = "public but not in __all__"
class AlsoExported:
    pass
_hidden = "private"
