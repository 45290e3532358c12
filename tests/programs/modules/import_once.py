import sys
import _helper
import _helper
from _helper import greet
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
del sys.modules["_helper"]
import _helper as fresh
print("re-imported after removal from sys.modules:", fresh is not _helper)
print(fresh.counter, _helper.bump(), fresh.counter)
