namespace Adder.Runtime;

/// <summary>The builtin exception classes of Python 3.11, in CPython's hierarchy.</summary>
public static class ExceptionTypes
{
    private static readonly List<PyType> s_all = new();

    private static PyType Define(string name, params PyType[] bases)
    {
        var type = bases.Length == 1 ? PyType.Builtin(name, bases[0]) : PyType.Builtin(name, bases);
        type.HasInstanceDict = true;
        s_all.Add(type);
        return type;
    }

    public static readonly PyType BaseException = Define("BaseException", PyType.Object);
    public static readonly PyType Exception = Define("Exception", BaseException);
    public static readonly PyType BaseExceptionGroup = Define("BaseExceptionGroup", BaseException);
    public static readonly PyType ExceptionGroup = Define("ExceptionGroup", BaseExceptionGroup, Exception);
    public static readonly PyType GeneratorExit = Define("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Define("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Define("SystemExit", BaseException);
    public static readonly PyType ArithmeticError = Define("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Define("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Define("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Define("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Define("AssertionError", Exception);
    public static readonly PyType AttributeError = Define("AttributeError", Exception);
    public static readonly PyType BufferError = Define("BufferError", Exception);
    public static readonly PyType EOFError = Define("EOFError", Exception);
    public static readonly PyType ImportError = Define("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Define("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Define("LookupError", Exception);
    public static readonly PyType IndexError = Define("IndexError", LookupError);
    public static readonly PyType KeyError = Define("KeyError", LookupError);
    public static readonly PyType MemoryError = Define("MemoryError", Exception);
    public static readonly PyType NameError = Define("NameError", Exception);
    public static readonly PyType UnboundLocalError = Define("UnboundLocalError", NameError);
    public static readonly PyType OSError = Define("OSError", Exception);
    public static readonly PyType BlockingIOError = Define("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Define("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Define("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Define("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Define("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Define("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Define("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Define("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Define("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Define("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Define("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Define("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Define("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Define("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Define("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Define("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Define("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Define("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Define("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = Define("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Define("StopIteration", Exception);
    public static readonly PyType SyntaxError = Define("SyntaxError", Exception);
    public static readonly PyType IndentationError = Define("IndentationError", SyntaxError);
    public static readonly PyType TabError = Define("TabError", IndentationError);
    public static readonly PyType SystemError = Define("SystemError", Exception);
    public static readonly PyType TypeError = Define("TypeError", Exception);
    public static readonly PyType ValueError = Define("ValueError", Exception);
    public static readonly PyType UnicodeError = Define("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Define("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Define("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Define("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Define("Warning", Exception);
    public static readonly PyType BytesWarning = Define("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = Define("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = Define("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = Define("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Define("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Define("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = Define("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = Define("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Define("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = Define("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = Define("UserWarning", Warning);

    /// <summary>Every builtin exception class, in definition order.</summary>
    public static IReadOnlyList<PyType> All => s_all;

    /// <summary>OSError(errno, ...) makes the subclass for the errno (Objects/exceptions.c: errnomap).</summary>
    public static PyType? ForErrno(long errno) => errno switch
    {
        11 or 114 or 115 => BlockingIOError, // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        10 => ChildProcessError, // ECHILD
        32 or 108 => BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => ConnectionAbortedError,
        111 => ConnectionRefusedError,
        104 => ConnectionResetError,
        17 => FileExistsError,
        2 => FileNotFoundError,
        21 => IsADirectoryError,
        20 => NotADirectoryError,
        4 => InterruptedError,
        1 or 13 => PermissionError, // EPERM, EACCES
        3 => ProcessLookupError, // ESRCH
        110 => TimeoutError,
        _ => null,
    };
}
