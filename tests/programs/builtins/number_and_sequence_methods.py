print((255).bit_length(), (-255).bit_count(), (0).bit_length(), (5).as_integer_ratio(), (3).conjugate())
print((2.5).is_integer(), (3.0).is_integer(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
print((1, 2, 3, 2).index(2), (1, 2, 3, 2).index(2, 2), (1, 2, 2).count(2), range(2, 20, 3).index(11), range(10).count(3), range(0, -10, -2).index(-4))
print(slice(1, None, 2).indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
for bad in ["(1,2).index(5)", "range(3).index(7)", "float('inf').as_integer_ratio()", "slice(1,2).indices(-1)"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
print(True in range(2), 1.0 in range(3))
