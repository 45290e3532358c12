namespace Adder.Runtime;

/// <summary>
/// A Python type. Attributes live in <see cref="Dict"/>; lookups walk the MRO. <see cref="VersionTag"/>
/// changes whenever the type or a base changes, which is what specialized instructions guard on.
/// </summary>
public sealed class PyType : PyObject
{
    private static uint s_nextVersion = 1;

    /// <summary>Creates instances: <c>cls(*args)</c> for builtin types.</summary>
    public delegate PyObject Constructor(PyType cls, ReadOnlySpan<PyObject> args);

    private PyType(string name, PyType? baseType, PyType? metatype)
        : base(metatype!)
    {
        Type ??= this;
        Name = name;
        Base = baseType;
        Bases = baseType is null ? Array.Empty<PyType>() : new[] { baseType };
        Mro = ComputeMro();
        VersionTag = s_nextVersion++;
    }

    public string Name { get; }
    public PyType? Base { get; }
    public PyType[] Bases { get; }
    public PyType[] Mro { get; private set; }
    public Dictionary<string, PyObject> Dict { get; } = new();
    public uint VersionTag { get; private set; }
    public Constructor? New { get; set; }

    // The root types; everything else derives from these.
    public static readonly PyType Object = new("object", null, null);
    public static readonly PyType TypeType = MakeTypeType();

    private static PyType MakeTypeType()
    {
        var t = new PyType("type", Object, null);
        Object.Type = t;
        t.Type = t;
        return t;
    }

    public static PyType Builtin(string name, PyType? baseType = null) => new(name, baseType ?? Object, TypeType);

    private PyType[] ComputeMro()
    {
        var mro = new List<PyType> { this };
        for (var b = Base; b is not null; b = b.Base)
            mro.Add(b);
        return mro.ToArray();
    }

    /// <summary>Finds <paramref name="name"/> along the MRO, without invoking descriptors.</summary>
    public PyObject? Lookup(string name)
    {
        foreach (var t in Mro)
        {
            if (t.Dict.TryGetValue(name, out var v))
                return v;
        }
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other))
                return true;
        }
        return false;
    }

    public void SetAttribute(string name, PyObject value)
    {
        Dict[name] = value;
        VersionTag = s_nextVersion++;
    }
}
