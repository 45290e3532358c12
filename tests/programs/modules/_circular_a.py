print("_circular_a: start")
import _circular_b
value_a = "A"
def use_b():
    return _circular_b.value_b
print("_circular_a: end")
