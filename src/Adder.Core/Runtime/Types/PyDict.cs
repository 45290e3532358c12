namespace Adder.Runtime;

/// <summary>dict: insertion-ordered, keys compared with Python's hash and ==.</summary>
public sealed class PyDict : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("dict");

    private readonly Dictionary<PyObject, int> _index = new(KeyComparer.Instance);
    private readonly List<KeyValuePair<PyObject, PyObject>?> _entries = new();

    public PyDict()
        : base(TypeObject)
    {
    }

    public int Count => _index.Count;

    /// <summary>Changes when a key is added or removed (what global-lookup caches guard on).</summary>
    public uint KeysVersion { get; private set; }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        if (_index.TryGetValue(key, out int i))
        {
            value = _entries[i]!.Value.Value;
            return true;
        }
        value = null!;
        return false;
    }

    public PyObject? Get(string key) => TryGetValue(new PyStr(key), out var v) ? v : null;

    public void Set(PyObject key, PyObject value)
    {
        if (_index.TryGetValue(key, out int i))
        {
            _entries[i] = new KeyValuePair<PyObject, PyObject>(_entries[i]!.Value.Key, value);
            return;
        }
        _index[key] = _entries.Count;
        _entries.Add(new KeyValuePair<PyObject, PyObject>(key, value));
        KeysVersion++;
    }

    public void Set(string key, PyObject value) => Set(new PyStr(key), value);

    public bool Remove(PyObject key)
    {
        if (!_index.Remove(key, out int i))
            return false;
        _entries[i] = null;
        KeysVersion++;
        return true;
    }

    public void Clear()
    {
        if (_index.Count == 0)
            return;
        _index.Clear();
        _entries.Clear();
        KeysVersion++;
    }

    /// <summary>The entry at or after <paramref name="position"/> (advanced past it), or false at the end.</summary>
    public bool NextEntry(ref int position, out PyObject key, out PyObject value)
    {
        while (position < _entries.Count)
        {
            var e = _entries[position++];
            if (e is { } entry)
            {
                key = entry.Key;
                value = entry.Value;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        foreach (var e in _entries)
        {
            if (e is not null)
                yield return e.Value;
        }
    }

    private sealed class KeyComparer : IEqualityComparer<PyObject>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(PyObject? x, PyObject? y)
        {
            if (ReferenceEquals(x, y))
                return true;
            // The common case (names, string keys) without the generic comparison.
            if (x is PyStr sx && y is PyStr sy && ReferenceEquals(sx.Type, sy.Type))
                return string.Equals(sx.Value, sy.Value, StringComparison.Ordinal);
            return Ops.Equal(x!, y!);
        }

        public int GetHashCode(PyObject obj) => obj is PyStr s && !s.Type.IsHeapType ? s.Hash : (int)Ops.Hash(obj);
    }
}

/// <summary>Iterates a dict's keys, values or items in insertion order; the dict must keep its size meanwhile.</summary>
public sealed class PyDictIterator : PyIterator
{
    private static readonly PyType[] s_types =
    {
        PyType.Builtin("dict_keyiterator"), PyType.Builtin("dict_valueiterator"), PyType.Builtin("dict_itemiterator"),
    };

    private readonly PyDict _dict;
    private readonly PyDictView.Kind _kind;
    private readonly int _size;
    private readonly string _changedMessage;
    private int _position;
    private bool _done;

    public PyDictIterator(PyDict dict, PyDictView.Kind kind)
        : base(s_types[(int)kind])
    {
        _dict = dict;
        _kind = kind;
        _size = dict.Count;
        _changedMessage = "dictionary changed size during iteration";
    }

    public override PyObject? Next()
    {
        if (_done)
            return null;
        if (_dict.Count != _size)
        {
            _done = true;
            throw Errors.Raise(ExceptionTypes.RuntimeError, _changedMessage);
        }
        if (!_dict.NextEntry(ref _position, out var key, out var value))
        {
            _done = true;
            return null;
        }
        return _kind switch
        {
            PyDictView.Kind.Keys => key,
            PyDictView.Kind.Values => value,
            _ => new PyTuple(new[] { key, value }),
        };
    }
}
