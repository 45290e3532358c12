using System.Runtime.CompilerServices;

namespace Adder.Runtime;

/// <summary>
/// A Python type. Attributes live in <see cref="Dict"/>; lookups walk the MRO. <see cref="VersionTag"/>
/// changes whenever the type or a base changes, which is what specialized instructions guard on.
/// </summary>
public sealed partial class PyType : PyObject
{
    private static uint s_nextVersion = 1;

    /// <summary>Creates instances of builtin types: <c>cls(*args)</c>, positional arguments only.</summary>
    public delegate PyObject Constructor(PyType cls, ReadOnlySpan<PyObject> args);

    /// <summary>Creates instances of builtin types that take keywords: the keyword values end
    /// <paramref name="args"/>, named by <paramref name="kwNames"/> (the vectorcall convention).</summary>
    public delegate PyObject KeywordConstructor(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwNames);

    private PyType(string name, PyType? baseType, PyType? metatype)
        : base(metatype!)
    {
        Type ??= this;
        Name = Qualname = name;
        Base = baseType;
        Bases = baseType is null ? Array.Empty<PyType>() : new[] { baseType };
        Mro = ComputeMro();
        VersionTag = s_nextVersion++;
        baseType?.AddSubclass(this);
    }

    private PyType(string name, PyType[] bases, PyType metatype, Dictionary<string, PyObject> dict)
        : base(metatype)
    {
        Name = Qualname = name;
        Bases = bases.Length == 0 ? new[] { Object } : bases;
        Mro = C3Mro(this, Bases);
        Dict = dict;
        IsHeapType = true;
        HasInstanceDict = true;
        foreach (var b in Bases)
            b.AddSubclass(this);
        // The C# representation of instances comes from the nearest builtin base.
        foreach (var t in Mro)
        {
            if (!t.IsHeapType && !ReferenceEquals(t, this))
            {
                Base = t;
                break;
            }
        }
        VersionTag = s_nextVersion++;
    }

    /// <summary>A class created by a class statement (or type(name, bases, dict)).</summary>
    public static PyType CreateClass(string name, PyType[] bases, PyType metatype, Dictionary<string, PyObject> dict) =>
        new(name, bases, metatype, dict);

    public string Name { get; set; }
    public string Qualname { get; set; }

    /// <summary>The module a builtin type reports (heap types keep theirs in __module__).</summary>
    public string BuiltinModule { get; private set; } = "builtins";

    /// <summary>Names the module a builtin type belongs to (_io, collections...).</summary>
    public PyType InModule(string module)
    {
        BuiltinModule = module;
        return this;
    }

    public string ModuleName => IsHeapType
        ? (Dict.TryGetValue("__module__", out var m) && m is PyStr s ? s.Value : "builtins")
        : BuiltinModule;

    /// <summary>"module.qualname", or just the qualname for builtins (how reprs and errors name a class).</summary>
    public string FullName => ModuleName is "builtins" ? Qualname : ModuleName + "." + Qualname;

    /// <summary>For builtin types, the base; for classes, the builtin type whose layout instances use.</summary>
    public PyType? Base { get; }

    public PyType[] Bases { get; private set; }
    public PyType[] Mro { get; private set; }
    public Dictionary<string, PyObject> Dict { get; } = new();
    public bool IsHeapType { get; }

    /// <summary>
    /// The attribute names instances of this class have used, in order: an instance keeps its attribute
    /// values in an array indexed by these (CPython's shared keys), and builds a real dict only on demand.
    /// </summary>
    public Dictionary<string, int> SharedKeys { get; } = new();

    public int SharedKeyIndex(string name, bool add)
    {
        int i = CachedLookup(name).SharedKey;
        if (i >= 0 || !add)
            return i;
        i = SharedKeys.Count;
        SharedKeys[name] = i;
        // Specialized method lookups rely on the version to know that instances' values lack a name.
        VersionTag = s_nextVersion++;
        return i;
    }

    /// <summary>C3 linearization (the MRO algorithm of Objects/typeobject.c: mro_internal).</summary>
    private static PyType[] C3Mro(PyType cls, PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (var b in bases)
            sequences.Add(new List<PyType>(b.Mro));
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { cls };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0)
                return result.ToArray();
            PyType? next = null;
            foreach (var seq in sequences)
            {
                var candidate = seq[0];
                if (!sequences.Any(s => s.IndexOf(candidate) > 0))
                {
                    next = candidate;
                    break;
                }
            }
            if (next is null)
            {
                // CPython names the classes at the heads of what is left to merge.
                var heads = new List<string>();
                foreach (var seq in sequences)
                {
                    if (!heads.Contains(seq[0].Name))
                        heads.Add(seq[0].Name);
                }
                throw Errors.Type("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", heads));
            }
            result.Add(next);
            foreach (var seq in sequences)
            {
                if (ReferenceEquals(seq[0], next))
                    seq.RemoveAt(0);
            }
        }
    }
    public uint VersionTag { get; private set; }

    /// <summary>Whether instances of this class have attributes of their own (false for builtin
    /// types and for classes whose __slots__ leave out __dict__).</summary>
    public bool HasInstanceDict { get; set; }

    /// <summary>How many __slots__ values instances of this class carry (its own and its bases').</summary>
    public int SlotCount { get; set; }
    public Constructor? New { get; set; }
    public KeywordConstructor? NewWithKeywords { get; set; }

    // The root types; everything else derives from these.
    public static readonly PyType Object = new("object", null, null);
    public static readonly PyType TypeType = MakeTypeType();

    private static PyType MakeTypeType()
    {
        var t = new PyType("type", Object, null);
        Object.Type = t;
        t.Type = t;
        return t;
    }

    public static PyType Builtin(string name, PyType? baseType = null) => new(name, baseType ?? Object, TypeType);

    /// <summary>A builtin type with several bases (ExceptionGroup); instances use the first base's layout.</summary>
    public static PyType Builtin(string name, PyType[] bases)
    {
        var type = new PyType(name, bases[0], TypeType);
        type.Bases = bases;
        type.Mro = C3Mro(type, bases);
        for (int i = 1; i < bases.Length; i++)
            bases[i].AddSubclass(type);
        return type;
    }

    private PyType[] ComputeMro()
    {
        var mro = new List<PyType> { this };
        for (var b = Base; b is not null; b = b.Base)
            mro.Add(b);
        return mro.ToArray();
    }

    /// <summary>What <see cref="Lookup"/> found for a name in one version of a type, and the name's
    /// shared-key index then. Immutable, so that another thread never sees half of one.</summary>
    private sealed class LookupEntry(uint version, string name, PyObject? value, int sharedKey)
    {
        public readonly uint Version = version;
        public readonly string Name = name;
        public readonly PyObject? Value = value;
        public readonly int SharedKey = sharedKey;
    }

    // CPython's method cache: one table for all types, indexed by the type's version and the name's
    // identity (names come from code objects and C# literals, the same string objects each time), so a
    // hit costs no string hashing. A changed type has a new version: its old entries just stop matching.
    private const int LookupCacheBits = 12;
    private static readonly LookupEntry?[] s_lookupCache = new LookupEntry?[1 << LookupCacheBits];

    private LookupEntry CachedLookup(string name)
    {
        uint version = VersionTag;
        // Fibonacci hashing (the top bits of a multiplicative hash): identity hashes come from a simple
        // generator whose low bits collide too often to be used directly.
        uint mixed = ((uint)RuntimeHelpers.GetHashCode(name) + version * 0x85EBCA77u) * 0x9E3779B1u;
        int slot = (int)(mixed >> (32 - LookupCacheBits));
        var entry = s_lookupCache[slot];
        if (entry is not null && entry.Version == version && ReferenceEquals(entry.Name, name))
            return entry;
        entry = new LookupEntry(version, name, LookupUncached(name), SharedKeys.TryGetValue(name, out int key) ? key : -1);
        s_lookupCache[slot] = entry;
        return entry;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO, without invoking descriptors.</summary>
    public PyObject? Lookup(string name) => CachedLookup(name).Value;

    /// <summary><see cref="Lookup"/>, and the name's index in the shared keys of instances' values (-1: none).</summary>
    internal PyObject? Lookup(string name, out int sharedKey)
    {
        var entry = CachedLookup(name);
        sharedKey = entry.SharedKey;
        return entry.Value;
    }

    /// <summary>Getting attributes of instances is object's own: no __getattribute__ override and no
    /// __getattr__ (worked out once per version of the type, rather than with two lookups per access).</summary>
    internal bool HasPlainGetAttr
    {
        get
        {
            if (_accessHooksVersion != VersionTag)
                FindAccessHooks();
            return _plainGetAttr;
        }
    }

    /// <summary>Setting attributes of instances is object's own: no __setattr__ override.</summary>
    internal bool HasPlainSetAttr
    {
        get
        {
            if (_accessHooksVersion != VersionTag)
                FindAccessHooks();
            return _plainSetAttr;
        }
    }

    private void FindAccessHooks()
    {
        _plainGetAttr = LookupOverride("__getattribute__") is null && Lookup("__getattr__") is null;
        _plainSetAttr = LookupOverride("__setattr__") is null;
        _accessHooksVersion = VersionTag;
    }

    private uint _accessHooksVersion;
    private bool _plainGetAttr, _plainSetAttr;

    // Lookups along the MRO by name, remembered until the type or a base changes (behind the table above).
    private Dictionary<string, PyObject?>? _lookupCache;

    private PyObject? LookupUncached(string name)
    {
        var cache = _lookupCache ??= new Dictionary<string, PyObject?>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var cached))
            return cached;
        PyObject? found = null;
        foreach (var t in Mro)
        {
            if (t.Dict.TryGetValue(name, out var v))
            {
                found = v;
                break;
            }
        }
        cache[name] = found;
        return found;
    }

    /// <summary>Like <see cref="Lookup"/>, but null when the attribute is one of the builtin
    /// implementations of a special method (what C# code does anyway without calling it).</summary>
    public PyObject? LookupOverride(string name) => Lookup(name) is { } v && v is not PyBuiltinFunction { IsSlot: true } ? v : null;

    private readonly List<WeakReference<PyType>> _subclasses = new();

    private void AddSubclass(PyType sub) => _subclasses.Add(new WeakReference<PyType>(sub));

    public List<PyType> Subclasses()
    {
        var list = new List<PyType>();
        foreach (var w in _subclasses)
        {
            if (w.TryGetTarget(out var t) && Array.IndexOf(t.Bases, this) >= 0)
                list.Add(t);
        }
        return list;
    }

    /// <summary>The type or a base changed: new version tag, forgotten lookups, here and in every subclass.</summary>
    public void Modified()
    {
        VersionTag = s_nextVersion++;
        _lookupCache = null;
        foreach (var sub in Subclasses())
            sub.Modified();
    }

    public void SetBases(PyType[] bases)
    {
        var mro = C3Mro(this, bases);
        foreach (var b in bases)
        {
            if (Array.IndexOf(Bases, b) < 0)
                b.AddSubclass(this);
        }
        Bases = bases;
        Mro = mro;
        Modified();
    }

    public bool IsSubtypeOf(PyType other)
    {
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other))
                return true;
        }
        return false;
    }

    public void SetAttribute(string name, PyObject value)
    {
        Dict[name] = value;
        Modified();
    }

    public bool RemoveAttribute(string name)
    {
        if (!Dict.Remove(name))
            return false;
        Modified();
        return true;
    }

    /// <summary>A computed attribute of the type's instances (a getset_descriptor in the type's dict).</summary>
    public void GetSet(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null) =>
        SetAttribute(name, new PyGetSetDescriptor(this, name, get, set));

    /// <summary>A method implemented in C# (a method_descriptor; binds like a function).</summary>
    public void Method(string name, PyBuiltinFunction.Body body, CallShape shape = CallShape.Any) =>
        SetAttribute(name, new PyBuiltinFunction(name, body) { Owner = this, Shape = shape });

    /// <summary>The builtin implementation of a special method: Python code can call it
    /// (<c>object.__setattr__(self, n, v)</c>, <c>super().__init__()</c>), while C# code that finds it
    /// does the builtin behaviour directly (<see cref="LookupOverride"/>).</summary>
    /// <remarks>A <paramref name="shape"/> stands for a method CPython defines explicitly in the type's method table
    /// (list.__getitem__, dict.__contains__: METH_O), whose argument checks differ from a wrapper's.
    /// <paramref name="sequenceRepeat"/> marks a sequence's __mul__/__rmul__/__imul__ (sq_repeat, whose wrapper
    /// checks its argument as PyArg_UnpackTuple does, unlike the numbers' __mul__).</remarks>
    public void Slot(string name, PyBuiltinFunction.Body body, CallShape shape = CallShape.Any, bool sequenceRepeat = false)
    {
        var arity = shape == CallShape.Any ? SlotArity(name) : null;
        SetAttribute(name, new PyBuiltinFunction(name, body)
        {
            Owner = this,
            IsSlot = true,
            Arity = arity,
            Shape = shape,
            // The ranged wrappers (__pow__, __get__) and the two-argument ones (__setitem__...) unpack a tuple too.
            UnpacksTuple = sequenceRepeat || arity is { } a && (a.Min != a.Max || a.Max == 2),
        });
    }

    /// <summary>
    /// How many arguments (after self) the wrapper of a special method takes, checked before it runs as
    /// CPython's wrappers check them (typeobject.c: check_num_args, or PyArg_UnpackTuple with an empty name for
    /// __pow__ and __get__); null for wrappers that take keywords (__init__, __new__, __call__) or check their own.
    /// </summary>
    private static (sbyte Min, sbyte Max)? SlotArity(string name) => name switch
    {
        "__repr__" or "__str__" or "__hash__" or "__iter__" or "__next__" or "__len__" or "__neg__" or "__pos__" or
            "__abs__" or "__invert__" or "__int__" or "__float__" or "__index__" or "__bool__" or "__await__" or
            "__aiter__" or "__anext__" or "__del__" => (0, 0),
        "__add__" or "__radd__" or "__sub__" or "__rsub__" or "__mul__" or "__rmul__" or "__mod__" or "__rmod__" or
            "__divmod__" or "__rdivmod__" or "__lshift__" or "__rlshift__" or "__rshift__" or "__rrshift__" or
            "__and__" or "__rand__" or "__xor__" or "__rxor__" or "__or__" or "__ror__" or "__floordiv__" or
            "__rfloordiv__" or "__truediv__" or "__rtruediv__" or "__matmul__" or "__rmatmul__" or "__iadd__" or
            "__isub__" or "__imul__" or "__imod__" or "__ipow__" or "__ilshift__" or "__irshift__" or "__iand__" or
            "__ixor__" or "__ior__" or "__ifloordiv__" or "__itruediv__" or "__imatmul__" or "__lt__" or "__le__" or
            "__eq__" or "__ne__" or "__gt__" or "__ge__" or "__contains__" or "__getitem__" or "__delitem__" or
            "__getattribute__" or "__getattr__" or "__delattr__" or "__delete__" => (1, 1),
        "__setitem__" or "__setattr__" or "__set__" => (2, 2),
        "__pow__" or "__rpow__" or "__get__" => (1, 2),
        _ => null,
    };
}
