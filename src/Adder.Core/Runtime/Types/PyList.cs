namespace Adder.Runtime;

public sealed class PyList : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list");

    public readonly List<PyObject> Items;

    public PyList(List<PyObject> items)
        : base(TypeObject)
    {
        Items = items;
    }

    public PyList()
        : this(new List<PyObject>())
    {
    }
}

/// <summary>reversed(list): sees the list as it is at each step (it may shrink meanwhile).</summary>
public sealed class PyListReverseIterator : PyIterator
{
    public static readonly PyType TypeObject = PyType.Builtin("list_reverseiterator");

    private PyList? _list;
    private int _index;

    public PyListReverseIterator(PyList list)
        : base(TypeObject)
    {
        _list = list;
        _index = list.Items.Count - 1;
    }

    public override long LengthHint => _list is null || _list.Items.Count < _index + 1 ? 0 : _index + 1;

    public override PyObject? Next()
    {
        var list = _list;
        if (list is not null && _index >= 0 && _index < list.Items.Count)
            return list.Items[_index--];
        _index = -1;
        _list = null;
        return null;
    }
}
