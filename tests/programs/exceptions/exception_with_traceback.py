import sys
def fail():
    raise ValueError("with tb")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback frames:", depth)
    print(e.__traceback__.tb_frame.f_code.co_name)
e = ValueError("no tb")
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
