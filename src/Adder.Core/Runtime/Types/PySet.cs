using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Adder.Runtime;

/// <summary>
/// set and frozenset, laid out as CPython's Objects/setobject.c lays them out: an open-addressing table of
/// (hash, key) entries probed linearly, then by perturbation, grown at 60% fill, with removed entries
/// left as dummies. Programs see the table order when they iterate or print a set, so keeping CPython's
/// layout (table sizes, probe sequence, resize points) gives the same order CPython shows.
/// </summary>
public sealed class PySet : PyObject
{
    public static readonly PyType SetType = PyType.Builtin("set");
    public static readonly PyType FrozenSetType = PyType.Builtin("frozenset");

    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>Marks a removed entry (its hash is -1, which no object hashes to).</summary>
    private static readonly PyObject s_dummy = new DummyEntry();

    private sealed class DummyEntry : PyObject
    {
        public DummyEntry()
            : base(PyType.Builtin("<dummy key>"))
        {
        }
    }

    /// <summary>A table slot: key and hash side by side (one load for a probe, and stores into a struct
    /// array skip the covariance check of a <c>PyObject?[]</c>). Empty: no key; removed: the dummy key.</summary>
    private struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    private Entry[] _table = new Entry[MinSize];
    private int _mask = MinSize - 1;
    private int _fill; // active entries plus dummies
    private int _used; // active entries
    private int _finger; // where pop() looks next

    public PySet(bool frozen = false)
        : base(frozen ? FrozenSetType : SetType)
    {
    }

    public bool IsFrozen => Type.IsSubtypeOf(FrozenSetType);

    public int Count => _used;

    public static PySet From(IEnumerable<PyObject> items, bool frozen = false)
    {
        var s = new PySet(frozen);
        foreach (var x in items)
            s.Add(x);
        return s;
    }

    /// <summary>A frozenset constant as CPython's compiler leaves it: built from the elements, then rebuilt
    /// from its own order when constants are merged (compile.c: merge_consts_recursive).</summary>
    public static PySet Constant(IEnumerable<PyObject> items) => From(From(items, frozen: true).Items(), frozen: true);

    /// <summary>A set or frozenset holding the elements of <paramref name="iterable"/> (CPython's make_new_set).</summary>
    public static PySet New(bool frozen, PyObject? iterable)
    {
        var s = new PySet(frozen);
        if (iterable is not null)
            s.Update(iterable);
        return s;
    }

    /// <summary>The active keys in table order.</summary>
    public IEnumerable<PyObject> Items()
    {
        for (int i = 0; i < _table.Length; i++)
        {
            var key = _table[i].Key;
            if (key is not null && !ReferenceEquals(key, s_dummy))
                yield return key;
        }
    }

    /// <summary>The next active entry at or after <paramref name="position"/> (an iterator's cursor).</summary>
    internal PyObject? NextEntry(ref int position)
    {
        var table = _table;
        while (position < table.Length)
        {
            var key = table[position++].Key;
            if (key is not null && !ReferenceEquals(key, s_dummy))
                return key;
        }
        return null;
    }

    // ---- Lookup ----

    private static long HashOf(PyObject key) => Ops.Hash(key);

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    private int Find(PyObject key, long hash)
    {
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        // mask + 1 == table.Length, so every probe stays in the table (the JIT cannot see it).
        ref Entry first = ref MemoryMarshal.GetArrayDataReference(table);
        while (true)
        {
            int last = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (int j = i; j <= last; j++)
            {
                // The hash first: most probes stop there. An empty slot has hash 0 and no key; a dummy's hash,
                // -1, is no object's, so an equal hash means a key (or an empty slot, for hash 0).
                ref Entry slot = ref Unsafe.Add(ref first, j);
                long slotHash = slot.Hash;
                if (slotHash == hash)
                {
                    var entry = slot.Key;
                    if (ReferenceEquals(entry, key))
                        return j;
                    return entry is null ? -1 : FindComparing(key, hash);
                }
                if (slotHash == 0 && slot.Key is null)
                    return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary><see cref="Find"/> where an entry has the key's hash but is another object: the whole probe
    /// again, comparing such entries with ==. Apart, so that the common loop makes no call (with one, the JIT
    /// kept its variables on the stack: 17 instructions a probe).</summary>
    private int FindComparing(PyObject key, long hash)
    {
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int last = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (int j = i; j <= last; j++)
            {
                var entry = table[j].Key;
                if (entry is null)
                    return -1;
                if (table[j].Hash != hash || ReferenceEquals(entry, s_dummy))
                    continue;
                if (ReferenceEquals(entry, key))
                    return j;
                int same = CompareEntry(entry, key, table, j);
                if (same > 0)
                    return j;
                if (same < 0)
                    return FindComparing(key, hash);
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Whether <paramref name="entry"/>, at <paramref name="slot"/> of <paramref name="table"/>, equals
    /// <paramref name="key"/> (1) or not (0); -1 when an __eq__ changed the set, and the search starts over.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CompareEntry(PyObject entry, PyObject key, Entry[] table, int slot)
    {
        if (Ops.KeysEqual(entry, key) is bool same)
            return same ? 1 : 0;
        bool equal = Ops.Equal(entry, key);
        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[slot].Key, entry))
            return -1;
        return equal ? 1 : 0;
    }

    public bool Contains(PyObject key) => Find(key, HashOf(key)) >= 0;

    internal bool Contains(PyObject key, long hash) => Find(key, hash) >= 0;

    // ---- Insertion and removal ----

    public void Add(PyObject key) => Add(key, HashOf(key));

    /// <remarks>A key goes into the first empty slot of its probe sequence or, when removed entries were
    /// passed on the way, the last of those (setobject.c: set_add_entry's freeslot), which decides the order
    /// a set iterates in.</remarks>
    private void Add(PyObject key, long hash)
    {
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int free = -1;
        ref Entry first = ref MemoryMarshal.GetArrayDataReference(table);
        while (true)
        {
            // As in Find: a loop without calls, to the key itself or the first empty slot.
            int last = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (int j = i; j <= last; j++)
            {
                ref Entry slot = ref Unsafe.Add(ref first, j);
                long slotHash = slot.Hash;
                if (slotHash == hash)
                {
                    var entry = slot.Key;
                    if (ReferenceEquals(entry, key))
                        return;
                    if (entry is not null)
                    {
                        AddComparing(key, hash);
                        return;
                    }
                    Insert(table, j, free, key, hash);
                    return;
                }
                if (slotHash == 0 && slot.Key is null)
                {
                    Insert(table, j, free, key, hash);
                    return;
                }
                if (slotHash == -1)
                    free = j;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Puts a new key into the removed entry's slot <paramref name="free"/> if there is one, else
    /// into the empty slot <paramref name="empty"/> (then the table may grow).</summary>
    private void Insert(Entry[] table, int empty, int free, PyObject key, long hash)
    {
        _used++;
        if (free >= 0)
        {
            table[free] = new Entry { Key = key, Hash = hash };
            return;
        }
        _fill++;
        table[empty] = new Entry { Key = key, Hash = hash };
        if ((long)_fill * 5 >= (long)_mask * 3)
            Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    /// <summary><see cref="Add"/> where an entry has the key's hash but is another object (see FindComparing).</summary>
    private void AddComparing(PyObject key, long hash)
    {
    restart:
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int free = -1;
        while (true)
        {
            int last = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (int j = i; j <= last; j++)
            {
                var entry = table[j].Key;
                if (entry is null)
                {
                    Insert(table, j, free, key, hash);
                    return;
                }
                if (ReferenceEquals(entry, s_dummy))
                {
                    free = j;
                    continue;
                }
                if (table[j].Hash != hash)
                    continue;
                if (ReferenceEquals(entry, key))
                    return;
                if (Ops.KeysEqual(entry, key) is bool same)
                {
                    if (same)
                        return;
                    continue;
                }
                bool equal = Ops.Equal(entry, key);
                if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[j].Key, entry))
                    goto restart;
                if (equal)
                    return;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Removes <paramref name="key"/>; false when it was not there.</summary>
    public bool Remove(PyObject key) => Remove(key, HashOf(key));

    private bool Remove(PyObject key, long hash)
    {
        int slot = Find(key, hash);
        if (slot < 0)
            return false;
        _table[slot] = new Entry { Key = s_dummy, Hash = -1 };
        _used--;
        return true;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = _used = _finger = 0;
    }

    /// <summary>set.pop: the entry after the last one popped, in table order.</summary>
    public PyObject Pop()
    {
        if (_used == 0)
            throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new PyObject[] { new PyStr("pop from an empty set") })));
        int i = _finger & _mask;
        while (_table[i].Key is null || ReferenceEquals(_table[i].Key, s_dummy))
            i = (i + 1) & _mask;
        var key = _table[i].Key!;
        _table[i] = new Entry { Key = s_dummy, Hash = -1 };
        _used--;
        _finger = i + 1;
        return key;
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed)
            size <<= 1;
        var old = _table;
        _table = new Entry[size];
        _mask = size - 1;
        _fill = _used;
        for (int i = 0; i < old.Length; i++)
        {
            var key = old[i].Key;
            if (key is not null && !ReferenceEquals(key, s_dummy))
                InsertClean(key, old[i].Hash);
        }
    }

    /// <summary>Places a key known to be absent into a table without dummies.</summary>
    private void InsertClean(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int mask = _mask;
        int i = (int)((ulong)hash & (ulong)mask);
        var table = _table;
        while (true)
        {
            if (table[i].Key is null)
            {
                table[i] = new Entry { Key = key, Hash = hash };
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (int j = i + 1; j <= i + LinearProbes; j++)
                {
                    if (table[j].Key is null)
                    {
                        table[j] = new Entry { Key = key, Hash = hash };
                        return;
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    // ---- Bulk operations (setobject.c's algorithms, which decide the resulting order) ----

    /// <summary>set |= iterable (set_update_internal).</summary>
    public void Update(PyObject other)
    {
        switch (other)
        {
            case PySet set:
                Merge(set);
                return;
            case PyDict dict when dict.Type == PyDict.TypeObject:
            {
                int size = dict.Count;
                if ((long)(_fill + size) * 5 >= (long)_mask * 3)
                    Resize((_used + size) * 2);
                foreach (var (key, _) in dict.Items())
                    Add(key);
                return;
            }
        }
        var it = Ops.GetIter(other);
        for (var x = it.Next(); x is not null; x = it.Next())
            Add(x);
    }

    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
            return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
            Resize((_used + other._used) * 2);
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            // Same size, no dummies: the table is copied as it is.
            Array.Copy(other._table, _table, _table.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            foreach (var entry in other._table)
            {
                if (IsEntry(entry.Key))
                    InsertClean(entry.Key!, entry.Hash);
            }
            return;
        }
        foreach (var entry in other._table)
        {
            if (IsEntry(entry.Key))
                Add(entry.Key!, entry.Hash);
        }
    }

    /// <summary>A copy of the same kind (set or frozenset).</summary>
    public PySet Copy()
    {
        var copy = new PySet(IsFrozen);
        copy.Merge(this);
        return copy;
    }

    /// <summary>The keys of a set with their hashes (its table itself: skip the <see cref="IsEntry"/>-less
    /// slots; the arrays stay valid if comparing keys runs Python code that changes the set, which then works
    /// on new ones), or the elements of another iterable with theirs.</summary>
    private static Entry[] Entries(PyObject other)
    {
        if (other is PySet set)
            return set._table;
        var entries = new List<Entry>();
        var it = Ops.GetIter(other);
        for (var x = it.Next(); x is not null; x = it.Next())
            entries.Add(new Entry { Key = x, Hash = HashOf(x) });
        return entries.ToArray();
    }

    /// <summary>A table slot holding a key (neither empty nor a removed entry's dummy).</summary>
    private static bool IsEntry(PyObject? key) => key is not null && !ReferenceEquals(key, s_dummy);

    /// <summary>this &amp; other (set_intersection): the smaller set is walked, the larger probed.</summary>
    public PySet Intersection(PyObject other)
    {
        var result = new PySet(IsFrozen);
        if (ReferenceEquals(other, this))
            return Copy();
        var (walked, probed) = other is PySet set && set._used > _used ? (this, set) : (other, this);
        var entries = Entries(walked);
        foreach (var entry in entries)
        {
            if (entry.Key is { } key && IsEntry(key) && probed.Contains(key, entry.Hash))
                result.Add(key, entry.Hash);
        }
        return result;
    }

    /// <summary>this - other (set_difference).</summary>
    public PySet Difference(PyObject other)
    {
        int otherSize = other switch
        {
            PySet s => s._used,
            PyDict { Type.IsHeapType: false } d => d.Count,
            _ => -1,
        };
        if (otherSize < 0 || (_used >> 2) > otherSize)
        {
            var copy = Copy();
            copy.DifferenceUpdate(other);
            return copy;
        }
        var result = new PySet(IsFrozen);
        var entries = Entries(this);
        foreach (var entry in entries)
        {
            if (entry.Key is not { } key || !IsEntry(key))
                continue;
            bool inOther = other is PySet os ? os.Contains(key, entry.Hash) : ((PyDict)other).TryGetValue(key, out _);
            if (!inOther)
                result.Add(key, entry.Hash);
        }
        return result;
    }

    public void DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        var entries = Entries(other);
        foreach (var entry in entries)
        {
            if (entry.Key is { } key && IsEntry(key))
                Remove(key, entry.Hash);
        }
    }

    /// <summary>this ^ other (set_symmetric_difference): a copy of other updated with this.</summary>
    public PySet SymmetricDifference(PyObject other)
    {
        var result = New(IsFrozen, other);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    public void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        var source = other is PySet or PyDict ? other : New(false, other);
        if (source is PyDict dict)
        {
            foreach (var (key, _) in dict.Items().ToList())
            {
                long hash = HashOf(key);
                if (!Remove(key, hash))
                    Add(key, hash);
            }
            return;
        }
        var entries = Entries(source);
        foreach (var entry in entries)
        {
            if (entry.Key is { } key && IsEntry(key) && !Remove(key, entry.Hash))
                Add(key, entry.Hash);
        }
    }

    /// <summary>Takes over the contents of <paramref name="other"/> (set_swap_bodies, for the *_update methods).</summary>
    internal void TakeContents(PySet other)
    {
        _table = other._table;
        _mask = other._mask;
        _fill = other._fill;
        _used = other._used;
        other.Clear();
    }

    public override string ToString()
    {
        string typeName = Type.Name;
        bool plain = Type == SetType;
        if (_used == 0)
            return typeName + "()";
        var sb = new System.Text.StringBuilder();
        if (!plain)
            sb.Append(typeName).Append('(');
        sb.Append('{');
        bool first = true;
        foreach (var key in Items())
        {
            if (!first)
                sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(key));
        }
        sb.Append('}');
        if (!plain)
            sb.Append(')');
        return sb.ToString();
    }
}

/// <summary>iter(set): walks the table; a change of size while walking is an error.</summary>
public sealed class PySetIterator : PyIterator
{
    public static readonly PyType TypeObject = PyType.Builtin("set_iterator");

    private PySet? _set;
    private int _size;
    private int _position;
    private int _yielded;

    public PySetIterator(PySet set)
        : base(TypeObject)
    {
        _set = set;
        _size = set.Count;
    }

    public override PyObject? Next()
    {
        if (_set is null)
            return null;
        if (_set.Count != _size)
        {
            // Sticky: every later call raises again.
            _size = -1;
            throw Errors.Raise(ExceptionTypes.RuntimeError, "Set changed size during iteration");
        }
        var key = _set.NextEntry(ref _position);
        if (key is null)
            _set = null;
        else
            _yielded++;
        return key;
    }

    public override long LengthHint => _set is not null && _set.Count == _size ? _size - _yielded : 0;
}
