from collections.abc import Iterable, Iterator, Sequence, Mapping, Callable, Hashable, Sized, Container, Generator
for obj in ([1], (1,), "s", {}, set(), iter([]), (x for x in []), len, 5, None):
    kinds = [c.__name__ for c in (Iterable, Iterator, Sequence, Mapping, Callable, Hashable, Sized, Container, Generator) if isinstance(obj, c)]
    print(type(obj).__name__, kinds)
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Iterable))
