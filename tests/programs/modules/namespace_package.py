import nspkg.part
print(nspkg.part.NAME)
import nspkg
print(nspkg.__name__, getattr(nspkg, "__file__", None), hasattr(nspkg, "__path__"))
from nspkg import part
print(part is nspkg.part)
