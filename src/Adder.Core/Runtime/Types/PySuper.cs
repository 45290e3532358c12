namespace Adder.Runtime;

/// <summary>
/// super(): attribute lookup that starts after <see cref="StartAfter"/> in the MRO of the object's type
/// (or of the object itself, when it is a class, as in a class method) (Objects/typeobject.c: super_getattro).
/// </summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("super");

    public PySuper(PyType startAfter, PyObject? obj)
        : base(TypeObject)
    {
        StartAfter = startAfter;
        Object = obj;
        if (obj is null)
            ObjectType = null;
        else if (obj is PyType t && t.IsSubtypeOf(startAfter))
            ObjectType = t;
        else if (obj.Type.IsSubtypeOf(startAfter))
            ObjectType = obj.Type;
        else
            throw Errors.Type("super(type, obj): obj must be an instance or subtype of type");
    }

    public PyType StartAfter { get; }
    /// <summary>The object methods bind to; null for an unbound super(type).</summary>
    public PyObject? Object { get; }

    /// <summary>The class whose MRO is searched.</summary>
    public PyType? ObjectType { get; }

    public PyObject? Lookup(string name)
    {
        // super().__class__ is super itself.
        if (name == "__class__" || ObjectType is null)
            return null;
        var mro = ObjectType.Mro;
        int i = Array.IndexOf(mro, StartAfter);
        for (int k = i + 1; k < mro.Length; k++)
        {
            if (mro[k].Dict.TryGetValue(name, out var attr))
                return Ops.DescriptorGet(attr, ReferenceEquals(Object, ObjectType) ? null : Object, ObjectType);
        }
        return null;
    }

    public override string ToString() => ObjectType is null
        ? $"<super: <class '{StartAfter.Name}'>, NULL>"
        : $"<super: <class '{StartAfter.Name}'>, <{(ReferenceEquals(Object, ObjectType) ? ObjectType.Name : ObjectType.Name + " object")}>>";
}
