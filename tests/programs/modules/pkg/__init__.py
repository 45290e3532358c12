print("pkg/__init__ running, __name__ =", __name__)
PKG_CONSTANT = "from pkg"
from .sub import sub_function
__all__ = ["PKG_CONSTANT", "sub_function"]
