using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>
/// The abstract object protocol (Objects/abstract.c): what the interpreter does to values of any type.
/// Exact builtin types take direct paths; everything else goes through the type's attributes.
/// </summary>
public static partial class Ops
{
    public static readonly PyObject NotImplemented = new Singleton("NotImplementedType", "NotImplemented");
    public static readonly PyObject Ellipsis = new Singleton("ellipsis", "Ellipsis");

    private sealed class Singleton : PyObject
    {
        private readonly string _repr;

        public Singleton(string typeName, string repr)
            : base(PyType.Builtin(typeName))
        {
            _repr = repr;
        }

        public override string ToString() => _repr;
    }

    // ---- Text ----

    public static string Repr(PyObject o)
    {
        if (o.Type.IsHeapType && CallDunder(o, "__repr__") is { } r)
            return r is PyStr s ? s.Value : throw Errors.Type($"__repr__ returned non-string (type {r.Type.Name})");
        return BuiltinRepr(o);
    }

    /// <summary>repr() of the builtin types (their __repr__).</summary>
    internal static string BuiltinRepr(PyObject o)
    {
        if (o is PyInstance)
            return DefaultRepr(o);
        switch (o)
        {
            case PyStr s: return StringRepr.Repr(s.Value);
            case PyBytes or PyByteArray or PyMemoryView: return o.ToString()!;
            case PyInt or PyFloat or PyNone or PyComplex: return o.ToString()!;
            case PyList l: return ReprContainer(l, "[...]", static l => "[" + JoinRepr(((PyList)l).Items) + "]");
            case PyTuple t when StructSequence.Repr(t) is { } named: return named;
            case PyTuple { Items.Length: 0 }: return "()";
            case PyTuple t: return ReprContainer(t, "(...)", static t => ((PyTuple)t).Items is var items && items.Length == 1
                ? "(" + Repr(items[0]) + ",)" : "(" + JoinRepr(items) + ")");
            case PyDict d: return ReprContainer(d, "{...}", static d => DictRepr((PyDict)d));
            case PyFunction f: return $"<function {f.Qualname} at 0x{RuntimeAddress(f):x}>";
            case PyBuiltinFunction b: return BuiltinFunctionRepr(b);
            case PyType t: return $"<class '{t.FullName}'>";
            case PyRange r: return r.ToString();
            case PyBaseException e: return PyBaseException.Repr(e);
            case PySet set when set.Count > 0: return ReprContainer(set, set.Type.Name + "(...)", static s => s.ToString()!);
            case PyModule or PySet or PySlice or PyDictView or Singleton or PySuper or PyFile or PyFrameObject or PyUnionType or PyCode or PyGenericAlias or PyMappingProxy or PyGetSetDescriptor or PyMemberDescriptor: return o.ToString();
            default: return DefaultRepr(o);
        }
    }

    private static string BuiltinFunctionRepr(PyBuiltinFunction b) => (b.Self, b.Owner) switch
    {
        (null, { } owner) => b.IsSlot ? $"<slot wrapper '{b.Name}' of '{owner.Name}' objects>" : $"<method '{b.Name}' of '{owner.Name}' objects>",
        (null or PyModule, _) => $"<built-in function {b.Name}>",
        ({ } self, _) when b.IsSlot => $"<method-wrapper '{b.Name}' of {self.Type.Name} object at 0x{RuntimeAddress(self):x}>",
        ({ } self, _) => self is PyType t ? $"<built-in method {b.Name} of type object at 0x{RuntimeAddress(t):x}>"
            : $"<built-in method {b.Name} of {self.Type.Name} object at 0x{RuntimeAddress(self):x}>",
    };

    private static long RuntimeAddress(PyObject o) => 0x7f0000000000L + (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o) & 0xffffffL) * 16;

    [ThreadStatic] private static HashSet<PyObject>? t_reprInProgress;

    /// <summary>Repr of a container that may contain itself: the inner occurrence prints as <paramref name="recursive"/>,
    /// like CPython's Py_ReprEnter. Deep nesting raises RecursionError instead of overflowing the C# stack.</summary>
    private static string ReprContainer(PyObject o, string recursive, Func<PyObject, string> repr)
    {
        var inProgress = t_reprInProgress ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!inProgress.Add(o))
            return recursive;
        try
        {
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw Errors.Raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
            return repr(o);
        }
        finally
        {
            inProgress.Remove(o);
        }
    }

    private static string DictRepr(PyDict d)
    {
        var sb = new StringBuilder("{");
        foreach (var (k, v) in d.Items())
        {
            if (sb.Length > 1)
                sb.Append(", ");
            sb.Append(Repr(k)).Append(": ").Append(Repr(v));
        }
        return sb.Append('}').ToString();
    }

    private static string JoinRepr(IEnumerable<PyObject> items)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (sb.Length > 0)
                sb.Append(", ");
            sb.Append(Repr(item));
        }
        return sb.ToString();
    }

    public static string Str(PyObject o) => o switch
    {
        PyStr s => s.Value,
        _ when o.Type.IsHeapType && o.Type.LookupOverride("__str__") is not null => CallDunder(o, "__str__") is var r && r is PyStr rs ? rs.Value
            : throw Errors.Type($"__str__ returned non-string (type {r!.Type.Name})"),
        PyBaseException e => PyBaseException.Str(e),
        // object.__str__ is repr(), checked as str()'s own result.
        _ when o.Type.IsHeapType && o.Type.LookupOverride("__repr__") is not null => CallDunder(o, "__repr__") is var r && r is PyStr rs ? rs.Value
            : throw Errors.Type($"__str__ returned non-string (type {r!.Type.Name})"),
        _ => Repr(o),
    };

    // ---- Truth, identity, hashing, equality ----

    public static bool IsTrue(PyObject o) => o.Type.IsHeapType ? UserIsTrue(o) : BuiltinIsTrue(o);

    /// <summary>Truth of an instance of a class: __bool__, else __len__, else the builtin base's.</summary>
    private static bool UserIsTrue(PyObject o)
    {
        if (CallDunder(o, "__bool__") is { } b)
            return b is PyBool pb ? pb.Value != 0 : throw Errors.Type($"__bool__ should return bool, returned {b.Type.Name}");
        if (o.Type.LookupOverride("__len__") is not null)
            return Length(o) != 0;
        return BuiltinIsTrue(o);
    }

    /// <summary>The truth of an instance of a builtin type (no Python code runs).</summary>
    internal static bool BuiltinIsTrue(PyObject o) => o switch
    {
        PyBool b => b.Value != 0,
        PyInt i => i.IsBig || i.Value != 0,
        PyNone => false,
        PyStr s => s.Value.Length != 0,
        PyBytes b => b.Value.Length != 0,
        PyByteArray a => a.Count != 0,
        PyList l => l.Items.Count != 0,
        PyTuple t => t.Items.Length != 0,
        PyDict d => d.Count != 0,
        PySet set => set.Count != 0,
        PyFloat f => f.Value != 0,
        PyComplex c => c.Value != System.Numerics.Complex.Zero,
        PyRange r => !r.IsEmpty,
        PyDictView v => v.Dict.Count != 0,
        PyMappingProxy p => p.Count != 0,
        _ => true,
    };

    public static long Hash(PyObject o)
    {
        // The commonest keys first: exact strs (hash cached) and ints below the modulus (their own hash, but
        // -1, reserved for errors).
        var type = o.Type;
        if (ReferenceEquals(type, PyStr.TypeObject))
            return Unsafe.As<PyStr>(o).Hash;
        if (ReferenceEquals(type, PyInt.TypeObject) && Unsafe.As<PyInt>(o) is { IsBig: false, Value: > -NumericHash.Modulus and < NumericHash.Modulus } small)
            return small.Value == -1 ? -2 : small.Value;
        return GeneralHash(o);
    }

    private static long GeneralHash(PyObject o) => o switch
    {
        _ when o.Type.IsHeapType && o.Type.Lookup("__hash__") is PyNone => throw Errors.Type($"unhashable type: '{o.Type.Name}'"),
        _ when o.Type.IsHeapType && CallDunder(o, "__hash__") is { } h => h is PyInt hi ? UserHashValue(hi)
            : throw Errors.Type("__hash__ method should return an integer"),
        _ => BuiltinHash(o),
    };

    /// <summary>What a Python __hash__'s int result becomes (typeobject.c: slot_tp_hash): too big for a
    /// Py_ssize_t, it is hashed as an int; -1 is reserved for errors and becomes -2.</summary>
    private static long UserHashValue(PyInt h)
    {
        long v = h.IsBig ? NumericHash.Int(h) : h.Value;
        return v == -1 ? -2 : v;
    }

    /// <summary>hash() of the builtin types (their __hash__).</summary>
    internal static long BuiltinHash(PyObject o) => o switch
    {
        PyInt i => NumericHash.Int(i),
        PyStr s => s.Hash,
        PyBytes b => b.Hash,
        PyComplex c => NumericHash.Complex(c.Value, o),
        PyFloat f => NumericHash.Double(f.Value, o),
        PyTuple t => HashTuple(t),
        PyUnionType u => HashFrozenSet(PySet.From(u.Args.Items, frozen: true)),
        PyMethod m => IdentityHash(m.Self) ^ Hash(m.Function),
        PyRange r => HashTuple(NumberAndSequenceMethods.RangeHashKey(r)),
        PyList or PyDict or PySet { IsFrozen: false } or PyByteArray or PySlice or PyDictView { ViewKind: not PyDictView.Kind.Values } => throw Errors.Type($"unhashable type: '{o.Type.Name}'"),
        PySet frozen => HashFrozenSet(frozen),
        PyMemoryView m => m.Hash(),
        _ => IdentityHash(o),
    };

    /// <summary>object.__hash__: stable for the object's lifetime.</summary>
    internal static long IdentityHash(PyObject o) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);

    /// <summary>Order-independent, like CPython's frozenset hash: shuffled element hashes combined with xor.</summary>
    private static long HashFrozenSet(PySet set)
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        foreach (var item in set.Items())
            hash ^= Shuffle((ulong)Hash(item));
        hash ^= ((ulong)set.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return (long)hash == -1 ? 590923713 : (long)hash;
    }

    /// <summary>CPython's tuple hash (an xxHash-style combination of the items' hashes).</summary>
    private static long HashTuple(PyTuple t)
    {
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (var item in t.Items)
        {
            acc += (ulong)Hash(item) * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)t.Items.Length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyMethod or PyStaticMethod || o.Type.Lookup("__call__") is not null;

    /// <summary>a == b as containers decide it (PyObject_RichCompareBool): an object equals itself, even NaN.</summary>
    public static bool Equal(PyObject a, PyObject b) => ReferenceEquals(a, b) || IsTrue(RichCompare(a, b, CompareOp.Eq));

    /// <summary>Whether two dict or set keys (of equal hashes) are equal, decided without Python code when both
    /// are exact strs, machine-word ints, or tuples of such (the commonest keys); null when == must decide.</summary>
    internal static bool? KeysEqual(PyObject a, PyObject b)
    {
        var type = a.Type;
        if (!ReferenceEquals(type, b.Type))
            return null;
        if (ReferenceEquals(type, PyStr.TypeObject))
            return string.Equals(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value, StringComparison.Ordinal);
        if (ReferenceEquals(type, PyInt.TypeObject))
            return Unsafe.As<PyInt>(a) is { IsBig: false } x && Unsafe.As<PyInt>(b) is { IsBig: false } y ? x.Value == y.Value : null;
        if (ReferenceEquals(type, PyTuple.TypeObject))
        {
            var xs = Unsafe.As<PyTuple>(a).Items;
            var ys = Unsafe.As<PyTuple>(b).Items;
            if (xs.Length != ys.Length)
                return false;
            for (int i = 0; i < xs.Length; i++)
            {
                if (ReferenceEquals(xs[i], ys[i]))
                    continue;
                if (KeysEqual(xs[i], ys[i]) is not bool same)
                    return null;
                if (!same)
                    return false;
            }
            return true;
        }
        return null;
    }

    // ---- Iteration ----

    public static PyIterator GetIter(PyObject o) => o.Type.IsHeapType && UserIter(o) is { } user ? user : BuiltinIter(o);

    /// <summary>iter() of the builtin types (their __iter__).</summary>
    internal static PyIterator BuiltinIter(PyObject o) => o switch
    {
        // The commonest first: the sealed classes are one comparison each, PyIterator (abstract) a walk of
        // the class hierarchy.
        PyList l => new PySequenceIterator(l, PySequenceIterator.ListIteratorType),
        PyRange r => r.Iterate(reverse: false),
        PyTuple t => new PySequenceIterator(t, PySequenceIterator.TupleIteratorType),
        PyIterator it => it,
        PyStr s => new PySequenceIterator(s, PySequenceIterator.StrIteratorTypeFor(s)),
        PyBytes b => new PySequenceIterator(b, PySequenceIterator.BytesIteratorType),
        PyByteArray a => new PySequenceIterator(a, PySequenceIterator.ByteArrayIteratorType),
        PyMemoryView m => m.Iterate(),
        PyDict d => new PyDictIterator(d, PyDictView.Kind.Keys),
        PySet set => new PySetIterator(set),
        PyDictView v => new PyDictIterator(v.Dict, v.ViewKind),
        PyMappingProxy p => GetIter(p.ToDict()),
        _ => throw Errors.Type($"'{o.Type.Name}' object is not iterable"),
    };

    /// <summary>operator.index: an int, or an object whose __index__ returns one.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i)
            return i;
        if (o.Type.IsHeapType && CallDunder(o, "__index__") is { } r)
            return r as PyInt ?? throw Errors.Type($"__index__ returned non-int (type {r.Type.Name})");
        throw Errors.Type($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>How call errors name a callable (CPython's _PyObject_FunctionStr): "module.qualname()".</summary>
    public static string FunctionStr(PyObject callable) => callable switch
    {
        PyMethod m => FunctionStr(m.Function),
        PyFunction f => (f.Globals.Get("__name__") is PyStr { Value: not "builtins" } module ? module.Value + "." : "") + f.Qualname + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        _ => callable.Type.Name + " object",
    };

    /// <summary>The name argument of getattr/setattr/hasattr/delattr.</summary>
    public static string AttributeName(PyObject name) =>
        name is PyStr s ? s.Value : throw Errors.Type($"attribute name must be string, not '{name.Type.Name}'");

    public static long Length(PyObject o) => o.Type.IsHeapType && CallDunder(o, "__len__") is { } n
        ? n is PyInt i
            ? (i.IsBig ? throw Errors.Raise(ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer")
                : i.Value >= 0 ? i.Value : throw Errors.Value("__len__() should return >= 0"))
            : throw Errors.Type($"'{n.Type.Name}' object cannot be interpreted as an integer")
        : BuiltinLength(o);

    /// <summary>len() of the builtin types (their __len__).</summary>
    internal static long BuiltinLength(PyObject o) => o switch
    {
        PyStr s => s.Length,
        PyBytes b => b.Value.Length,
        PyByteArray a => a.Count,
        PyMemoryView m => m.Count,
        PyList l => l.Items.Count,
        PyTuple t => t.Items.Length,
        PyDict d => d.Count,
        PyRange r => r.CheckedLength,
        PyDictView v => v.Dict.Count,
        PySet set => set.Count,
        PyMappingProxy p => p.Count,
        _ => throw Errors.Type($"object of type '{o.Type.Name}' has no len()"),
    };

    public static string TypeName(PyObject o) => o.Type.Name;

    internal static string FormatFloat(double d) => FloatFormat.Repr(d);

    internal static string Invariant(long v) => v.ToString(CultureInfo.InvariantCulture);
}
