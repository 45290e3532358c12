import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, math.isnan(nan * 0), [nan] == [nan])
x = nan
print(x in [x], x == x, [x].count(x))
print(1 / inf, -1 / inf, math.copysign(1, -1 / inf), 0.0 == -0.0, str(-0.0))
print(max(1, nan), max(nan, 1), min(inf, 5), sorted([3, inf, -inf, 0]))
print(float("1e309"), float("-1e309"), 1e308 * 10, 2.0 ** 1023 * 2 == inf if False else "skip")
print(int(1e308) > 0, hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(round(inf) if False else "round(inf) raises", math.isinf(inf), inf == math.inf)
