import importlib
import _reloadable
print(_reloadable.loads)
again = importlib.reload(_reloadable)
print(again is _reloadable, _reloadable.loads)
importlib.reload(_reloadable)
print(_reloadable.loads)
import _reloadable
print("plain import does not reload:", _reloadable.loads)
