namespace Adder.Runtime;

/// <summary>An instance of BaseException or a subclass.</summary>
public class PyBaseException : PyObject
{
    public static readonly PyType BaseExceptionType = PyType.Builtin("BaseException");
    public static readonly PyType ExceptionType = PyType.Builtin("Exception", BaseExceptionType);

    public PyBaseException(PyType type, PyTuple args)
        : base(type)
    {
        Args = args;
    }

    /// <summary>BaseException.__new__: OSError(errno, strerror, filename[, winerror, filename2]) keeps
    /// only errno and strerror as args; the file names become attributes.</summary>
    public static PyBaseException Create(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (args.Length is >= 3 and <= 5 && type.IsSubtypeOf(ExceptionTypes.OSError))
        {
            var e = new PyBaseException(type, new PyTuple(new[] { args[0], args[1] }));
            e.Attributes.Set(type, "filename", args[2]);
            if (args.Length == 5)
                e.Attributes.Set(type, "filename2", args[4]);
            return e;
        }
        return new PyBaseException(type, new PyTuple(args.ToArray()));
    }

    public PyTuple Args;

    /// <summary>Attributes set on instances (of exception classes defined in Python, mostly).</summary>
    public InstanceAttributes Attributes;

    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;

    /// <summary>The traceback entries (innermost last): code, line.</summary>
    public List<(PyCode Code, int Line)> Traceback { get; } = new();
}

/// <summary>The builtin exception classes.</summary>
public static class ExceptionTypes
{
    public static readonly PyType BaseException = PyBaseException.BaseExceptionType;
    public static readonly PyType Exception = PyBaseException.ExceptionType;
    public static readonly PyType ArithmeticError = PyType.Builtin("ArithmeticError", Exception);
    public static readonly PyType ZeroDivisionError = PyType.Builtin("ZeroDivisionError", ArithmeticError);
    public static readonly PyType OverflowError = PyType.Builtin("OverflowError", ArithmeticError);
    public static readonly PyType LookupError = PyType.Builtin("LookupError", Exception);
    public static readonly PyType IndexError = PyType.Builtin("IndexError", LookupError);
    public static readonly PyType KeyError = PyType.Builtin("KeyError", LookupError);
    public static readonly PyType TypeError = PyType.Builtin("TypeError", Exception);
    public static readonly PyType ValueError = PyType.Builtin("ValueError", Exception);
    public static readonly PyType NameError = PyType.Builtin("NameError", Exception);
    public static readonly PyType UnboundLocalError = PyType.Builtin("UnboundLocalError", NameError);
    public static readonly PyType AttributeError = PyType.Builtin("AttributeError", Exception);
    public static readonly PyType RuntimeError = PyType.Builtin("RuntimeError", Exception);
    public static readonly PyType RecursionError = PyType.Builtin("RecursionError", RuntimeError);
    public static readonly PyType NotImplementedError = PyType.Builtin("NotImplementedError", RuntimeError);
    public static readonly PyType StopIteration = PyType.Builtin("StopIteration", Exception);
    public static readonly PyType AssertionError = PyType.Builtin("AssertionError", Exception);
    public static readonly PyType MemoryError = PyType.Builtin("MemoryError", Exception);
    public static readonly PyType SystemError = PyType.Builtin("SystemError", Exception);
    public static readonly PyType SystemExit = PyType.Builtin("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = PyType.Builtin("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = PyType.Builtin("GeneratorExit", BaseException);
    public static readonly PyType ImportError = PyType.Builtin("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = PyType.Builtin("ModuleNotFoundError", ImportError);
    public static readonly PyType OSError = PyType.Builtin("OSError", Exception);
    public static readonly PyType FileNotFoundError = PyType.Builtin("FileNotFoundError", OSError);
    public static readonly PyType EOFError = PyType.Builtin("EOFError", Exception);
    public static readonly PyType UnicodeError = PyType.Builtin("UnicodeError", ValueError);
    public static readonly PyType SyntaxError = PyType.Builtin("SyntaxError", Exception);
    public static readonly PyType IndentationError = PyType.Builtin("IndentationError", SyntaxError);
    public static readonly PyType TabError = PyType.Builtin("TabError", IndentationError);

    public static readonly PyType[] All =
    {
        BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError,
        KeyError, TypeError, ValueError, NameError, UnboundLocalError, AttributeError, RuntimeError,
        RecursionError, NotImplementedError, StopIteration, AssertionError, MemoryError, SystemError, SystemExit,
        KeyboardInterrupt, GeneratorExit, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, EOFError, UnicodeError,
        SyntaxError, IndentationError, TabError,
    };
}

/// <summary>Raising CPython's errors from C#, with CPython's messages.</summary>
public static class Errors
{
    public static PyException Raise(PyType type, string message) =>
        new(new PyBaseException(type, new PyTuple(new PyObject[] { new PyStr(message) })));

    public static PyException Type(string message) => Raise(ExceptionTypes.TypeError, message);

    public static PyException Value(string message) => Raise(ExceptionTypes.ValueError, message);

    public static PyException ZeroDivision(string message) => Raise(ExceptionTypes.ZeroDivisionError, message);

    public static PyException Name(string name, bool exact = false) =>
        Raise(ExceptionTypes.NameError, exact ? name : $"name '{name}' is not defined");

    public static PyException Index(string message) => Raise(ExceptionTypes.IndexError, message);

    public static PyException Attribute(PyObject obj, string name) =>
        Raise(ExceptionTypes.AttributeError, $"'{obj.Type.Name}' object has no attribute '{name}'");

    public static PyException Memory() => new(new PyBaseException(ExceptionTypes.MemoryError, PyTuple.Empty));
}
