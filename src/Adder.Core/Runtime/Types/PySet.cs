namespace Adder.Runtime;

/// <summary>set and frozenset (kept in insertion order for now; CPython's hash order comes with the builtin-types work).</summary>
public sealed class PySet : PyObject
{
    public static readonly PyType SetType = PyType.Builtin("set");
    public static readonly PyType FrozenSetType = PyType.Builtin("frozenset");

    private readonly PyDict _items = new();

    /// <summary>The elements, as the keys of a dict.</summary>
    internal PyDict Storage => _items;

    public PySet(bool frozen = false)
        : base(frozen ? FrozenSetType : SetType)
    {
    }

    public bool IsFrozen => ReferenceEquals(Type, FrozenSetType);
    public int Count => _items.Count;

    public bool Contains(PyObject item) => _items.TryGetValue(item, out _);

    public void Add(PyObject item) => _items.Set(item, PyNone.Instance);

    public bool Remove(PyObject item) => _items.Remove(item);

    public void Clear() => _items.Clear();

    public IEnumerable<PyObject> Items() => _items.Items().Select(kv => kv.Key);

    public static PySet From(IEnumerable<PyObject> items, bool frozen = false)
    {
        var s = new PySet(frozen);
        foreach (var x in items)
            s.Add(x);
        return s;
    }

    public override string ToString()
    {
        string body = string.Join(", ", Items().Select(Ops.Repr));
        if (IsFrozen)
            return Count == 0 ? "frozenset()" : "frozenset({" + body + "})";
        return Count == 0 ? "set()" : "{" + body + "}";
    }
}
