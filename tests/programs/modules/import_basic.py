import _helper
print(_helper.greet("world"))
print(_helper.GREETING, _helper.Widget(3))
from _helper import greet, Widget as W
print(greet("again"), W(5))
import _helper as h
print(h is _helper, h.__name__, h.__doc__)
print(_helper.bump(), _helper.bump(), h.counter)
from _helper import counter
_helper.bump()
print("from-import copies the binding:", counter, _helper.counter)
