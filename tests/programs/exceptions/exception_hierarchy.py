print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError)
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(bool, int), issubclass(Exception, BaseException), issubclass(ExceptionGroup, Exception))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
try:
    {}["x"]
except LookupError as e:
    print("caught via base:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught via base:", type(e).__name__)
