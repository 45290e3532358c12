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

    /// <summary>The descriptor protocol as Python sees it (typeobject.c: wrap_descr_get, wrap_descr_set,
    /// wrap_descr_delete): __get__ of the builtin descriptors and functions, __set__/__delete__ of the data
    /// descriptors; __name__ and __objclass__ of getset and member descriptors.</summary>
    internal static void RegisterMethods()
    {
        foreach (var type in new[] { TypeObject, PyMemberDescriptor.TypeObject, PyProperty.TypeObject, PyFunction.TypeObject,
                     PyStaticMethod.TypeObject, PyClassMethod.TypeObject })
        {
            type.Slot("__get__", (args, kw) =>
            {
                PyObject? obj = args[1] is PyNone ? null : args[1];
                var owner = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
                if (obj is null && owner is null)
                    throw Errors.Type("__get__(None, None) is invalid");
                return Ops.DescriptorGet(args[0], obj, owner as PyType ?? obj!.Type);
            });
        }
        foreach (var type in new[] { TypeObject, PyMemberDescriptor.TypeObject, PyProperty.TypeObject })
        {
            type.Slot("__set__", (args, kw) =>
            {
                Ops.DescriptorSet(args[0], args[1], args[2]);
                return PyNone.Instance;
            });
            type.Slot("__delete__", (args, kw) =>
            {
                Ops.DescriptorSet(args[0], args[1], null);
                return PyNone.Instance;
            });
        }
        foreach (var type in new[] { TypeObject, PyMemberDescriptor.TypeObject })
        {
            type.GetSet("__name__", d => new PyStr(d is PyGetSetDescriptor g ? g.Name : ((PyMemberDescriptor)d).Name));
            type.GetSet("__objclass__", d => d is PyGetSetDescriptor g ? g.Owner : ((PyMemberDescriptor)d).Owner);
        }
    }
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

    /// <summary>A read-only view of a dict (what dict views' .mapping gives).</summary>
    public PyMappingProxy(PyDict mapping)
        : base(TypeObject)
    {
        Mapping = mapping;
    }

    /// <summary>The class whose namespace this shows, or null for a proxy of a dict.</summary>
    public PyType? Owner { get; }

    /// <summary>The dict this shows, or null for a class namespace.</summary>
    public PyDict? Mapping { get; }

    public int Count => Mapping?.Count ?? Owner!.Dict.Count;

    public bool ContainsKey(PyObject key) => Mapping is { } m ? m.TryGetValue(key, out _) : key is PyStr name && Owner!.Dict.ContainsKey(name.Value);

    /// <summary>The namespace as a dict (for a class, a copy: changes go through setattr on the class).</summary>
    public PyDict ToDict()
    {
        if (Mapping is { } mapping)
            return mapping;
        var d = new PyDict();
        foreach (var (key, value) in Owner!.Dict)
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
