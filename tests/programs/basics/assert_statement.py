assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2]
    assert len(x) == 3, f"bad length {len(x)}"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print(type(e).__name__, e.args)
def check(v):
    assert isinstance(v, int), type(v).__name__
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("failed for", e)
