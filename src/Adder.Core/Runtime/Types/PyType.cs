namespace Adder.Runtime;

/// <summary>
/// A Python type. Attributes live in <see cref="Dict"/>; lookups walk the MRO. <see cref="VersionTag"/>
/// changes whenever the type or a base changes, which is what specialized instructions guard on.
/// </summary>
public sealed class PyType : PyObject
{
    private static uint s_nextVersion = 1;

    /// <summary>Creates instances of builtin types: <c>cls(*args)</c>, positional arguments only.</summary>
    public delegate PyObject Constructor(PyType cls, ReadOnlySpan<PyObject> args);

    /// <summary>Creates instances of builtin types that take keywords: the keyword values end
    /// <paramref name="args"/>, named by <paramref name="kwNames"/> (the vectorcall convention).</summary>
    public delegate PyObject KeywordConstructor(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwNames);

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

    private PyType(string name, PyType[] bases, PyType metatype, Dictionary<string, PyObject> dict)
        : base(metatype)
    {
        Name = name;
        Bases = bases.Length == 0 ? new[] { Object } : bases;
        Mro = C3Mro(this, Bases);
        Dict = dict;
        IsHeapType = true;
        // The C# representation of instances comes from the nearest builtin base.
        foreach (var t in Mro)
        {
            if (!t.IsHeapType && !ReferenceEquals(t, this))
            {
                Base = t;
                break;
            }
        }
        VersionTag = s_nextVersion++;
    }

    /// <summary>A class created by a class statement (or type(name, bases, dict)).</summary>
    public static PyType CreateClass(string name, PyType[] bases, PyType metatype, Dictionary<string, PyObject> dict) =>
        new(name, bases, metatype, dict);

    public string Name { get; set; }

    /// <summary>For builtin types, the base; for classes, the builtin type whose layout instances use.</summary>
    public PyType? Base { get; }

    public PyType[] Bases { get; }
    public PyType[] Mro { get; private set; }
    public Dictionary<string, PyObject> Dict { get; } = new();
    public bool IsHeapType { get; }

    /// <summary>
    /// The attribute names instances of this class have used, in order: an instance keeps its attribute
    /// values in an array indexed by these (CPython's shared keys), and builds a real dict only on demand.
    /// </summary>
    public Dictionary<string, int> SharedKeys { get; } = new();

    public int SharedKeyIndex(string name, bool add)
    {
        if (SharedKeys.TryGetValue(name, out int i))
            return i;
        if (!add)
            return -1;
        i = SharedKeys.Count;
        SharedKeys[name] = i;
        return i;
    }

    /// <summary>C3 linearization (the MRO algorithm of Objects/typeobject.c: mro_internal).</summary>
    private static PyType[] C3Mro(PyType cls, PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (var b in bases)
            sequences.Add(new List<PyType>(b.Mro));
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { cls };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0)
                return result.ToArray();
            PyType? next = null;
            foreach (var seq in sequences)
            {
                var candidate = seq[0];
                if (!sequences.Any(s => s.IndexOf(candidate) > 0))
                {
                    next = candidate;
                    break;
                }
            }
            if (next is null)
            {
                throw Errors.Type("Cannot create a consistent method resolution order (MRO) for bases "
                    + string.Join(", ", bases.Select(b => b.Name)));
            }
            result.Add(next);
            foreach (var seq in sequences)
            {
                if (ReferenceEquals(seq[0], next))
                    seq.RemoveAt(0);
            }
        }
    }
    public uint VersionTag { get; private set; }
    public Constructor? New { get; set; }
    public KeywordConstructor? NewWithKeywords { get; set; }

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
