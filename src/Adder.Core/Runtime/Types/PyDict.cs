namespace Adder.Runtime;

/// <summary>dict: insertion-ordered, keys compared with Python's hash and ==. The table is CPython's
/// (Objects/dictobject.c): a sparse index array probed with the same perturbation sequence, over a dense
/// array of entries in insertion order, so that keys with equal hashes are compared in the same order.</summary>
public sealed class PyDict : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("dict");

    private const int MinSize = 8;
    private const int Empty = -1;
    private const int Dummy = -2;

    /// <summary>An entry of the dense array (CPython's PyDictKeyEntry); a deleted one has no key. A struct
    /// array keeps hash and key together and its stores skip the covariance check of a <c>PyObject?[]</c>.</summary>
    private struct Entry
    {
        public PyObject? Key;
        public PyObject? Value;
        public long Hash;
    }

    private int[] _indices;
    private Entry[] _entries;
    private int _used;      // live entries
    private int _nentries;  // entries used so far (live or deleted)
    private int _usable;    // entries that can still be added before a resize

    public PyDict()
        : base(TypeObject)
    {
        SetEmpty();
    }

    // What every empty dict shares (CPython's Py_EMPTY_KEYS): `{}` allocates the dict alone, and the first
    // insert, finding no usable entry, makes the table. Nothing writes into these.
    private static readonly int[] s_emptyIndices = NewIndices(MinSize);

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_indices), nameof(_entries))]
    private void SetEmpty()
    {
        _indices = s_emptyIndices;
        _entries = Array.Empty<Entry>();
        _usable = 0;
    }

    private static int UsableFraction(int size) => (size << 1) / 3;

    private static int[] NewIndices(int size)
    {
        var indices = new int[size];
        Array.Fill(indices, Empty);
        return indices;
    }

    public int Count => _used;

    /// <summary>Changes when a key is added or removed, to a value no other dict has had (what the
    /// specialized global and module-attribute lookups guard on: same version, same dict, same entries).</summary>
    public uint KeysVersion { get; private set; }

    private static uint s_lastKeysVersion;

    private void KeysChanged() => KeysVersion = ++s_lastKeysVersion;

    /// <summary>Where <paramref name="key"/>'s entry is (valid while <see cref="KeysVersion"/> stays), or -1.</summary>
    internal int EntryIndex(PyStr key) => Lookup(key, KeyHash(key));

    internal int EntryIndex(string key) => EntryIndex(new PyStr(key));

    /// <summary>The value of the live entry at <paramref name="index"/> (from <see cref="EntryIndex(PyStr)"/>).</summary>
    internal PyObject EntryValue(int index) => _entries[index].Value!;

    /// <summary>Changes when the table is rebuilt or a key is added or removed (iterators check it).</summary>
    internal int EntryCount => _nentries;

    private static long KeyHash(PyObject key) => key is PyStr s && !s.Type.IsHeapType ? s.Hash : Ops.Hash(key);

    /// <summary>The entry holding <paramref name="key"/>, or -1 (dictobject.c: _Py_dict_lookup). The probe
    /// loop makes no call: an entry with the key's hash that is another object goes to
    /// <see cref="LookupComparing"/> (with a call in it, the JIT kept the loop's variables on the stack).</summary>
    private int Lookup(PyObject key, long hash)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix >= 0)
            {
                ref Entry entry = ref entries[ix];
                if (ReferenceEquals(entry.Key, key))
                    return ix;
                if (entry.Hash == hash && entry.Key is not null)
                    return LookupComparing(key, hash);
            }
            else if (ix == Empty)
            {
                return -1;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary><see cref="Lookup"/> comparing entries of equal hash with ==, restarted when a comparison
    /// changed the dict.</summary>
    private int LookupComparing(PyObject key, long hash)
    {
        while (true)
        {
            var indices = _indices;
            var entries = _entries;
            int mask = indices.Length - 1;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            bool restart = false;
            while (true)
            {
                int ix = indices[i];
                if (ix >= 0)
                {
                    ref Entry entry = ref entries[ix];
                    var k = entry.Key;
                    if (ReferenceEquals(k, key))
                        return ix;
                    if (k is not null && entry.Hash == hash)
                    {
                        if (Ops.KeysEqual(k, key) is bool same)
                        {
                            if (same)
                                return ix;
                        }
                        else
                        {
                            bool equal = Ops.IsTrue(Ops.RichCompare(k, key, CompareOp.Eq));
                            if (!ReferenceEquals(indices, _indices) || !ReferenceEquals(entries, _entries) || !ReferenceEquals(entries[ix].Key, k))
                            {
                                restart = true;
                                break;
                            }
                            if (equal)
                                return ix;
                        }
                    }
                }
                else if (ix == Empty)
                {
                    return -1;
                }
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            if (!restart)
                return -1;
        }
    }

    /// <summary>The first empty or dummy slot of the probe sequence for <paramref name="hash"/>.</summary>
    private static int FindEmptySlot(int[] indices, long hash)
    {
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>Rebuilds the table for at least <paramref name="minUsed"/> entries, dropping deleted ones.</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size < minUsed)
            size <<= 1;
        var indices = NewIndices(size);
        int capacity = UsableFraction(size);
        var entries = new Entry[capacity];
        int n = 0;
        for (int j = 0; j < _nentries; j++)
        {
            ref Entry entry = ref _entries[j];
            if (entry.Key is null)
                continue;
            entries[n] = entry;
            indices[FindEmptySlot(indices, entry.Hash)] = n;
            n++;
        }
        _indices = indices;
        _entries = entries;
        _nentries = n;
        _usable = capacity - n;
    }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        int ix = Lookup(key, KeyHash(key));
        if (ix >= 0)
        {
            value = _entries[ix].Value!;
            return true;
        }
        value = null!;
        return false;
    }

    public PyObject? Get(string key) => TryGetValue(new PyStr(key), out var v) ? v : null;

    public void Set(PyObject key, PyObject value) => Set(key, KeyHash(key), value);

    private void Set(PyObject key, long hash, PyObject value)
    {
        int ix = Lookup(key, hash);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return;
        }
        if (_usable <= 0)
            Resize(_used * 3);
        int n = _nentries;
        _entries[n] = new Entry { Key = key, Value = value, Hash = hash };
        _indices[FindEmptySlot(_indices, hash)] = n;
        _nentries = n + 1;
        _usable--;
        _used++;
        KeysChanged();
    }

    public void Set(string key, PyObject value) => Set(new PyStr(key), value);

    /// <summary>The value of <paramref name="key"/>, added as <paramref name="value"/> when missing (one lookup).</summary>
    public PyObject SetDefault(PyObject key, PyObject value)
    {
        long hash = KeyHash(key);
        int ix = Lookup(key, hash);
        if (ix >= 0)
            return _entries[ix].Value!;
        Set(key, hash, value);
        return value;
    }

    public bool Remove(PyObject key) => Pop(key, out _);

    /// <summary>Removes <paramref name="key"/>, giving its value; false when it is missing.</summary>
    public bool Pop(PyObject key, out PyObject value)
    {
        long hash = KeyHash(key);
        int ix = Lookup(key, hash);
        if (ix < 0)
        {
            value = null!;
            return false;
        }
        value = _entries[ix].Value!;
        RemoveEntry(ix, hash);
        return true;
    }

    private void RemoveEntry(int ix, long hash)
    {
        // The index slot pointing at the entry becomes a dummy.
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        _indices[i] = Dummy;
        _entries[ix] = default;
        _used--;
        KeysChanged();
    }

    /// <summary>Removes and returns the last entry (dict.popitem), or false when empty.</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        if (_used == 0)
        {
            key = value = null!;
            return false;
        }
        int ix = _nentries - 1;
        while (_entries[ix].Key is null)
            ix--;
        key = _entries[ix].Key!;
        value = _entries[ix].Value!;
        RemoveEntry(ix, _entries[ix].Hash);
        _nentries = ix;
        return true;
    }

    public void Clear()
    {
        if (_used == 0 && _nentries == 0)
            return;
        SetEmpty();
        _used = 0;
        _nentries = 0;
        KeysChanged();
    }

    /// <summary>The entry at or after <paramref name="position"/> (advanced past it), or false at the end.</summary>
    public bool NextEntry(ref int position, out PyObject key, out PyObject value)
    {
        while (position < _nentries)
        {
            int i = position++;
            if (_entries[i].Key is { } k)
            {
                key = k;
                value = _entries[i].Value!;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    /// <summary>The entry at or before <paramref name="position"/> (moved before it), or false at the start.</summary>
    internal bool PreviousEntry(ref int position, out PyObject key, out PyObject value)
    {
        if (position >= _nentries)
            position = _nentries - 1;
        while (position >= 0)
        {
            int i = position--;
            if (_entries[i].Key is { } k)
            {
                key = k;
                value = _entries[i].Value!;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int position = 0;
        while (NextEntry(ref position, out var key, out var value))
            yield return new KeyValuePair<PyObject, PyObject>(key, value);
    }
}

/// <summary>Iterates a dict's keys, values or items in insertion order (or reversed); the dict must keep
/// its size meanwhile (dictobject.c: dictiter_iternextkey and friends).</summary>
public sealed class PyDictIterator : PyPairIterator
{
    private static readonly PyType[] s_types =
    {
        PyType.Builtin("dict_keyiterator"), PyType.Builtin("dict_valueiterator"), PyType.Builtin("dict_itemiterator"),
        PyType.Builtin("dict_reversekeyiterator"), PyType.Builtin("dict_reversevalueiterator"), PyType.Builtin("dict_reverseitemiterator"),
    };

    public static PyType[] Types => s_types;

    private PyDict? _dict;
    private readonly PyDictView.Kind _kind;
    private readonly bool _reverse;
    private int _size;
    private int _position;
    private int _left;

    public PyDictIterator(PyDict dict, PyDictView.Kind kind, bool reverse = false)
        : base(s_types[(int)kind + (reverse ? 3 : 0)])
    {
        _dict = dict;
        _kind = kind;
        _reverse = reverse;
        _size = dict.Count;
        _left = _size;
        _position = reverse ? dict.EntryCount - 1 : 0;
    }

    public override long LengthHint => _dict is not null && _dict.Count == _size ? _left : 0;

    public override PyObject? Next()
    {
        if (!Advance(out var key, out var value))
            return null;
        return _kind switch
        {
            PyDictView.Kind.Keys => key,
            PyDictView.Kind.Values => value,
            _ => Pair(key, value),
        };
    }

    internal override int NextPair(out PyObject first, out PyObject second)
    {
        if (_kind != PyDictView.Kind.Items)
        {
            first = second = null!;
            return -1;
        }
        return Advance(out first, out second) ? 1 : 0;
    }

    private bool Advance(out PyObject key, out PyObject value)
    {
        var dict = _dict;
        key = value = null!;
        if (dict is null)
            return false;
        if (dict.Count != _size)
        {
            // Sticky: every later call raises again.
            _size = -1;
            throw Errors.Raise(ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
        }
        bool found = _reverse ? dict.PreviousEntry(ref _position, out key, out value)
            : dict.NextEntry(ref _position, out key, out value);
        if (!found)
        {
            _dict = null;
            return false;
        }
        if (_left == 0)
        {
            _dict = null;
            throw Errors.Raise(ExceptionTypes.RuntimeError, "dictionary keys changed during iteration");
        }
        _left--;
        return true;
    }
}
