vals = [0, 1, -1, -2, 2**61, 2**61-1, 2**64+5, -(2**70), 1.0, 1.5, -2.25, 0.1, 1e300, -1e-300, 3.14159, float("inf"), -float("inf"), 10**20 + 0.0, 1+2j, 2j, (1, 2), (), ((1, "a"),), (1.5, -3), 2**63-1, -2**63, 123456789.123]
print([hash(v) if not isinstance(v, tuple) or "a" not in str(v) else 0 for v in vals])
print(hash(1) == hash(1.0) == hash(1+0j), hash(2**61) == hash(float(2**61)))
