import _circular_a
print(_circular_a.value_a, _circular_a.use_b())
import _circular_b
print(_circular_b.value_b, _circular_b._circular_a is _circular_a)
