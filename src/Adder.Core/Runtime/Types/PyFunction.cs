using Adder.Bytecode;

namespace Adder.Runtime;

/// <summary>A function defined in Python: code, globals, defaults and closure.</summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("function");

    public PyFunction(PyCode code, PyDict globals, string qualname)
        : base(TypeObject)
    {
        Code = code;
        Globals = globals;
        Name = code.Name;
        Qualname = qualname;
    }

    public PyCode Code;
    public PyDict Globals;
    public string Name;
    public string Qualname;
    public PyObject[] Defaults = Array.Empty<PyObject>();
    public PyDict? KwDefaults;
    /// <summary>As MAKE_FUNCTION leaves it (a flat tuple of names and values) until __annotations__ asks for the dict.</summary>
    public PyObject? Annotations;
    public PyObject[] Closure = Array.Empty<PyObject>();

    /// <summary>Attributes set on the function (func.__dict__), created on first use.</summary>
    public PyDict? Dict;

    public PyDict AnnotationsDict()
    {
        if (Annotations is PyDict d)
            return d;
        var dict = new PyDict();
        if (Annotations is PyTuple pairs)
        {
            for (int i = 0; i + 1 < pairs.Items.Length; i += 2)
                dict.Set(pairs.Items[i], pairs.Items[i + 1]);
        }
        Annotations = dict;
        return dict;
    }
}

/// <summary>A cell: a variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("cell");

    public PyCell(PyObject? contents)
        : base(TypeObject)
    {
        Contents = contents;
    }

    public PyObject? Contents;
}

/// <summary>A function implemented in C#.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("builtin_function_or_method");

    public delegate PyObject Body(ReadOnlySpan<PyObject> args, PyObject[]? kwNames);

    public PyBuiltinFunction(string name, Body body, PyObject? self = null)
        : base(TypeObject)
    {
        Name = name;
        Invoke = body;
        Self = self;
    }

    public string Name { get; }
    public Body Invoke { get; }

    /// <summary>The object a method is bound to, or null for a plain function.</summary>
    public PyObject? Self { get; }
}
