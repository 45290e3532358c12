using System.Text;

namespace Adder.Runtime;

/// <summary>
/// An instance of BaseException or a subclass (Objects/exceptions.c). The fields of particular
/// exception classes (AttributeError.name, OSError.errno, SyntaxError.lineno...) are members, kept
/// apart from the instance's __dict__.
/// </summary>
public class PyBaseException : PyObject
{
    public PyBaseException(PyType type, PyTuple args)
        : base(type)
    {
        Args = args;
    }

    public PyTuple Args;

    /// <summary>Attributes set on instances (of exception classes defined in Python, mostly).</summary>
    public InstanceAttributes Attributes;

    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;

    /// <summary>__traceback__: from the outermost frame the exception passed through to where it was raised.</summary>
    public PyTraceback? Traceback;

    private Dictionary<string, PyObject>? _members;

    public PyObject Member(string name) => _members is not null && _members.TryGetValue(name, out var v) ? v : PyNone.Instance;

    public bool HasMember(string name) => _members is not null && _members.ContainsKey(name);

    public void SetMember(string name, PyObject value) => (_members ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;

    /// <summary>BaseException.__new__: the arguments become args; OSError(errno, strerror, ...) picks the
    /// subclass for the errno and keeps the file names apart; exception groups check their parts.</summary>
    public static PyBaseException Create(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (type.IsSubtypeOf(ExceptionTypes.OSError))
            return CreateOSError(type, args);
        if (type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            return PyExceptionGroup.Create(type, args);
        return new PyBaseException(type, new PyTuple(args.ToArray()));
    }

    private static PyBaseException CreateOSError(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (ReferenceEquals(type, ExceptionTypes.OSError) && args.Length >= 2 && args[0] is PyInt { IsBig: false } code
            && ExceptionTypes.ForErrno(code.Value) is { } specific)
        {
            type = specific;
        }
        if (args.Length is < 2 or > 5)
            return new PyBaseException(type, new PyTuple(args.ToArray()));
        var e = new PyBaseException(type, new PyTuple(args.Length == 2 ? args.ToArray() : new[] { args[0], args[1] }));
        e.SetMember("errno", args[0]);
        e.SetMember("strerror", args[1]);
        if (args.Length >= 3)
            e.SetMember("filename", args[2]);
        if (args.Length == 5)
            e.SetMember("filename2", args[4]);
        return e;
    }

    /// <summary>str(exception) for the builtin classes.</summary>
    public static string Str(PyBaseException e)
    {
        var args = e.Args.Items;
        var type = e.Type;
        if (type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            return PyExceptionGroup.Str(e);
        if (type.IsSubtypeOf(ExceptionTypes.KeyError) && args.Length == 1)
            return Ops.Repr(args[0]);
        if (type.IsSubtypeOf(ExceptionTypes.OSError) && e.Member("strerror") is not PyNone)
        {
            string text = $"[Errno {Ops.Str(e.Member("errno"))}] {Ops.Str(e.Member("strerror"))}";
            var file = e.Member("filename");
            var file2 = e.Member("filename2");
            if (file is not PyNone)
                text += ": " + Ops.Repr(file) + (file2 is not PyNone ? " -> " + Ops.Repr(file2) : "");
            return text;
        }
        if (type.IsSubtypeOf(ExceptionTypes.SyntaxError))
            return SyntaxErrorStr(e);
        if (type.IsSubtypeOf(ExceptionTypes.ImportError) && e.Member("msg") is PyStr importMessage)
            return importMessage.Value;
        if (type.IsSubtypeOf(ExceptionTypes.UnicodeError) && e.Member("reason") is PyStr)
            return UnicodeErrorStr(e);
        return args.Length switch
        {
            0 => "",
            1 => Ops.Str(args[0]),
            _ => Ops.Str(e.Args),
        };
    }

    private static readonly string[] s_syntaxErrorFields = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };

    /// <summary>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).</summary>
    public static void FillSyntaxError(PyBaseException e, ReadOnlySpan<PyObject> args)
    {
        e.SetMember("msg", args.Length >= 1 ? args[0] : PyNone.Instance);
        foreach (var field in s_syntaxErrorFields)
            e.SetMember(field, PyNone.Instance);
        if (args.Length != 2)
            return;
        var info = Ops.UnpackSequenceAny(args[1]);
        if (info.Length is < 4 or > 6)
            throw Errors.Index("tuple index out of range");
        for (int i = 0; i < info.Length; i++)
            e.SetMember(s_syntaxErrorFields[i], info[i]);
    }

    private static string SyntaxErrorStr(PyBaseException e)
    {
        if (!e.HasMember("msg"))
            FillSyntaxError(e, e.Args.Items);
        string msg = e.Member("msg") is { } m and not PyNone ? Ops.Str(m) : e.Args.Items.Length > 0 ? Ops.Str(e.Args.Items[0]) : "";
        var file = e.Member("filename") as PyStr;
        var line = e.Member("lineno") as PyInt;
        string name = file is null ? "" : Path.GetFileName(file.Value);
        return (file, line) switch
        {
            (not null, not null) => $"{msg} ({name}, line {line})",
            (not null, null) => $"{msg} ({name})",
            (null, not null) => $"{msg} (line {line})",
            _ => msg,
        };
    }

    private static string UnicodeErrorStr(PyBaseException e)
    {
        string encoding = Ops.Str(e.Member("encoding"));
        string reason = Ops.Str(e.Member("reason"));
        long start = ((PyInt)e.Member("start")).Value, end = ((PyInt)e.Member("end")).Value;
        var obj = e.Member("object");
        if (e.Type.IsSubtypeOf(ExceptionTypes.UnicodeDecodeError))
        {
            return end == start + 1 && obj is PyBytes bytes && start < bytes.Value.Length
                ? $"'{encoding}' codec can't decode byte 0x{bytes.Value[start]:x2} in position {start}: {reason}"
                : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        string verb = e.Type.IsSubtypeOf(ExceptionTypes.UnicodeEncodeError) ? $"'{encoding}' codec can't encode" : "can't translate";
        if (end == start + 1 && obj is PyStr text && start < text.Length)
        {
            int c = CodePoints.ToArray(text.Value)[start];
            string shown = c < 0x100 ? $"\\x{c:x2}" : c < 0x10000 ? $"\\u{c:x4}" : $"\\U{c:x8}";
            return $"{verb} character '{shown}' in position {start}: {reason}";
        }
        return $"{verb} characters in position {start}-{end - 1}: {reason}";
    }

    public static string Repr(PyBaseException e)
    {
        var args = e.Args.Items;
        var sb = new StringBuilder(e.Type.Name);
        return args.Length == 1 ? sb.Append('(').Append(Ops.Repr(args[0])).Append(')').ToString() : sb.Append(Ops.Repr(e.Args)).ToString();
    }
}

/// <summary>Raising CPython's errors from C#, with CPython's messages.</summary>
public static class Errors
{
    public static PyException Raise(PyType type, string message) =>
        new(new PyBaseException(type, new PyTuple(new PyObject[] { new PyStr(message) })));

    public static PyException Type(string message) => Raise(ExceptionTypes.TypeError, message);

    /// <summary>
    /// For builtins whose exceptions Python code commonly catches in a loop (dict.pop's KeyError, list.index's
    /// ValueError, next()'s StopIteration): what the builtin returns instead of throwing. The exception waits
    /// in the thread state; the interpreter's specialized builtin calls unwind to a handler without a .NET
    /// exception (a throw and its catch cost microseconds), every other caller throws it (Ops.Call).
    /// </summary>
    public static PyObject Pending(PyException e) => Interpreter.Interpreter.SetRaised(e.Value);

    public static PyException Value(string message) => Raise(ExceptionTypes.ValueError, message);

    public static PyException ZeroDivision(string message) => Raise(ExceptionTypes.ZeroDivisionError, message);

    // CPython's messages for division by zero, in one place: the interpreter also raises them without a throw.
    public const string IntDivisionByZero = "integer division or modulo by zero";
    public const string IntModuloByZero = "integer modulo by zero";
    public const string IntTrueDivisionByZero = "division by zero";
    public const string FloatDivisionByZero = "float division by zero";
    public const string FloatFloorDivisionByZero = "float floor division by zero";
    public const string FloatModuloByZero = "float modulo";

    /// <summary>KeyError(key).</summary>
    public static PyException Key(PyObject key) => new(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new[] { key })));

    public static PyException Name(string name, bool exact = false)
    {
        var e = Raise(ExceptionTypes.NameError, exact ? name : $"name '{name}' is not defined");
        if (!exact)
            e.Value.SetMember("name", new PyStr(name));
        return e;
    }

    /// <summary>Argument Clinic's complaint about an argument of the wrong type (None is named as such).</summary>
    public static PyException BadArgument(string function, string argument, string expected, PyObject given) =>
        Type($"{function}() {argument} must be {expected}, not {TypeNameOrNone(given)}");

    /// <summary>How argument errors name what was given (getargs.c): "None", else the type's name.</summary>
    public static string TypeNameOrNone(PyObject given) => given is PyNone ? "None" : given.Type.Name;

    public static PyException Index(string message) => Raise(ExceptionTypes.IndexError, message);

    public static PyException Attribute(PyObject obj, string name)
    {
        var e = Raise(ExceptionTypes.AttributeError, $"'{obj.Type.Name}' object has no attribute '{name}'");
        e.Value.SetMember("name", new PyStr(name));
        e.Value.SetMember("obj", obj);
        return e;
    }

    public static PyException Memory() => new(new PyBaseException(ExceptionTypes.MemoryError, PyTuple.Empty));
}
