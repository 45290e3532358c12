namespace Adder.Runtime;

/// <summary>types.GenericAlias: what <c>list[int]</c> evaluates to. Calling it calls the origin.</summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("GenericAlias");

    public PyGenericAlias(PyType origin, PyObject item)
        : base(TypeObject)
    {
        Origin = origin;
        Args = item as PyTuple ?? new PyTuple(new[] { item });
    }

    public PyType Origin { get; }
    public PyTuple Args { get; }

    /// <summary>The builtin types that can be parameterized (the ones whose C type defines __class_getitem__).</summary>
    /// <summary>__class_getitem__ of the builtin generic types: cls[item] is a GenericAlias.</summary>
    public static PyClassMethod ClassGetItem() =>
        new(new PyBuiltinFunction("__class_getitem__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            if (kw is { Length: > 0 })
                throw Errors.Type($"{cls.Qualname}.__class_getitem__() takes no keyword arguments");
            return args.Length == 2 ? new PyGenericAlias(cls, args[1])
                : throw Errors.Type($"{cls.Qualname}.__class_getitem__() takes exactly one argument ({args.Length - 1} given)");
        }));

    /// <summary>Objects/genericaliasobject.c: ga_repr_item — types by qualified name, ... for Ellipsis.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder(ItemRepr(Origin)).Append('[');
        if (Args.Items.Length == 0)
            sb.Append("()");
        for (int i = 0; i < Args.Items.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(ItemRepr(Args.Items[i]));
        }
        return sb.Append(']').ToString();
    }

    private static string ItemRepr(PyObject item)
    {
        if (ReferenceEquals(item, Ops.Ellipsis))
            return "...";
        if (item is PyType t)
        {
            string module = t.IsHeapType && t.Dict.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
            string qualname = t.Dict.TryGetValue("__qualname__", out var q) && q is PyStr qs ? qs.Value : t.Name;
            return module == "builtins" ? qualname : module + "." + qualname;
        }
        return Ops.Repr(item);
    }
}
