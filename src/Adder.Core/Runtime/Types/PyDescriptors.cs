namespace Adder.Runtime;

/// <summary>
/// getset_descriptor: a computed attribute of a builtin type's instances (<c>type.__name__</c>,
/// <c>function.__defaults__</c>, an instance's <c>__dict__</c>). A data descriptor: it wins over the
/// instance's own attributes. Without a setter the attribute is read-only.
/// </summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("getset_descriptor");

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Getter = get;
        Setter = set;
    }

    public PyType Owner { get; }
    public string Name { get; }
    public Func<PyObject, PyObject> Getter { get; }

    /// <summary>Sets (a value) or deletes (null) the attribute; null when read-only.</summary>
    public Action<PyObject, PyObject?>? Setter { get; }

    public PyObject Get(PyObject obj)
    {
        CheckOwner(obj);
        return Getter(obj);
    }

    public void Set(PyObject obj, PyObject? value)
    {
        CheckOwner(obj);
        if (Setter is null)
        {
            throw Errors.Raise(ExceptionTypes.AttributeError, $"attribute '{Name}' of '{Owner.Name}' objects is not writable");
        }
        Setter(obj, value);
    }

    private void CheckOwner(PyObject obj)
    {
        if (!obj.Type.IsSubtypeOf(Owner))
            throw Errors.Type($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{obj.Type.Name}' object");
    }

    public override string ToString() => $"<attribute '{Name}' of '{Owner.Name}' objects>";
}

/// <summary>member_descriptor: one name of a class's <c>__slots__</c>, stored in the instance's values.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("member_descriptor");

    public PyMemberDescriptor(PyType owner, string name, int index)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    public PyType Owner { get; }
    public string Name { get; }

    /// <summary>Where the value lives in the instance's <see cref="PyInstance.SlotValues"/>.</summary>
    public int Index { get; }

    public PyObject Get(PyObject obj) => Values(obj)[Index] ?? throw Errors.Attribute(obj, Name);

    public void Set(PyObject obj, PyObject? value)
    {
        var values = Values(obj);
        if (value is null && values[Index] is null)
            throw Errors.Attribute(obj, Name);
        values[Index] = value;
    }

    private PyObject?[] Values(PyObject obj) => obj is PyInstance i && obj.Type.IsSubtypeOf(Owner)
        ? i.SlotValues ??= new PyObject?[obj.Type.SlotCount]
        : throw Errors.Type($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{obj.Type.Name}' object");

    public override string ToString() => $"<member '{Name}' of '{Owner.Name}' objects>";
}

/// <summary>mappingproxy: the read-only view of a type's namespace that <c>cls.__dict__</c> gives.</summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("mappingproxy");

    public PyMappingProxy(PyType owner)
        : base(TypeObject)
    {
        Owner = owner;
    }

    public PyType Owner { get; }

    /// <summary>The namespace as a dict (a copy: changes go through setattr on the class).</summary>
    public PyDict ToDict()
    {
        var d = new PyDict();
        foreach (var (key, value) in Owner.Dict)
            d.Set(key, value);
        return d;
    }

    public override string ToString() => "mappingproxy(" + Ops.Repr(ToDict()) + ")";

    internal static void RegisterMethods()
    {
        static PyDict D(PyObject o) => ((PyMappingProxy)o).ToDict();
        foreach (var name in new[] { "keys", "values", "items", "get", "copy" })
        {
            TypeObject.Method(name, (args, kw) =>
            {
                var dict = D(args[0]);
                var method = Ops.GetAttr(dict, name);
                return Ops.Call(method, args[1..], kw is null ? null : new PyTuple(kw));
            });
        }
    }
}
