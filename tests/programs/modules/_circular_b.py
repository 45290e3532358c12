print("_circular_b: start")
import _circular_a
print("_circular_b sees partial _circular_a, has value_a:", hasattr(_circular_a, "value_a"))
value_b = "B"
print("_circular_b: end")
