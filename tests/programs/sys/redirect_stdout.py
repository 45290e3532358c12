import sys
import io
from contextlib import redirect_stdout
buffer = io.StringIO()
with redirect_stdout(buffer):
    print("captured line 1")
    print("captured", 2)
print("after redirect, captured:", repr(buffer.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("into replaced stdout")
captured = sys.stdout.getvalue()
sys.stdout = old
print("restored, got:", repr(captured))
