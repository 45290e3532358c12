from .. import PKG_CONSTANT
from ..sub import SUB_VALUE
from . import sibling
from .sibling import sibling_value as renamed
def report():
    return (PKG_CONSTANT, SUB_VALUE, sibling.sibling_value, renamed, __name__, __package__)
