namespace Adder.Runtime;

/// <summary>
/// Attribute storage of an instance of a class: a values array indexed by the class's shared keys,
/// with a real dict only once code asks for <c>__dict__</c>.
/// </summary>
public struct InstanceAttributes
{
    private PyObject?[]? _values;

    public readonly PyObject? Get(PyType type, string name)
    {
        int i = type.SharedKeyIndex(name, add: false);
        return i >= 0 && _values is not null && i < _values.Length ? _values[i] : null;
    }

    public void Set(PyType type, string name, PyObject? value)
    {
        int i = type.SharedKeyIndex(name, add: true);
        if (_values is null || i >= _values.Length)
            Array.Resize(ref _values, Math.Max(i + 1, (_values?.Length ?? 0) * 2));
        _values[i] = value;
    }

    public readonly IEnumerable<(string Name, PyObject Value)> Items(PyType type)
    {
        if (_values is null)
            yield break;
        foreach (var (name, i) in type.SharedKeys.OrderBy(kv => kv.Value))
        {
            if (i < _values.Length && _values[i] is { } v)
                yield return (name, v);
        }
    }
}

/// <summary>An instance of a class whose builtin base is object.</summary>
public sealed class PyInstance : PyObject
{
    public PyInstance(PyType type)
        : base(type)
    {
    }

    public InstanceAttributes Attributes;
}

/// <summary>A function bound to an instance (<c>obj.method</c>).</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method");

    public PyMethod(PyObject function, PyObject self)
        : base(TypeObject)
    {
        Function = function;
        Self = self;
    }

    public PyObject Function { get; }
    public PyObject Self { get; }
}

/// <summary>property, staticmethod and classmethod objects.</summary>
public sealed class PyProperty : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("property");

    public PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter)
        : base(TypeObject)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
    }

    public PyObject? Getter;
    public PyObject? Setter;
    public PyObject? Deleter;
}

public sealed class PyStaticMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("staticmethod");

    public PyStaticMethod(PyObject function)
        : base(TypeObject)
    {
        Function = function;
    }

    public PyObject Function { get; }
}

public sealed class PyClassMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod");

    public PyClassMethod(PyObject function)
        : base(TypeObject)
    {
        Function = function;
    }

    public PyObject Function { get; }
}
