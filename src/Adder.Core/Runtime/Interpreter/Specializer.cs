using Adder.Bytecode;

namespace Adder.Runtime.Interpreter;

/// <summary>What a specialized instruction remembers about the case it was specialized for.</summary>
/// <remarks>24 bytes: an entry of 40 (two more fields) measured 10-15% slower across the benchmarks.</remarks>
public struct InlineCache
{
    /// <summary>A type's version tag or a dict's keys version, checked before using the rest.</summary>
    public uint Version;

    /// <summary>The builtins' keys version (LOAD_GLOBAL_BUILTIN), or a flag of the form.</summary>
    public uint Version2;

    /// <summary>An index: into an instance's values, a dict's entries, __slots__ values; or an argument count.</summary>
    public int Index;

    /// <summary>The method a LOAD_METHOD pushes, the builtin or __init__ a CALL form calls; for the instance
    /// attribute forms, the other types the entry fits (<see cref="OtherTypes"/>).</summary>
    public object? Object;

    /// <summary><see cref="Object"/> as the Python object it is in the method and call forms.</summary>
    public readonly PyObject PyObject => System.Runtime.CompilerServices.Unsafe.As<PyObject>(Object!);
}

/// <summary>The types besides the first that a polymorphic instance-attribute or method site fits, with
/// their methods (see <see cref="Specializer.AlsoFits"/> and <see cref="Specializer.OtherMethod"/>).</summary>
public sealed class OtherTypes
{
    public const int Capacity = 3;
    public readonly uint[] Versions = new uint[Capacity];
    public readonly PyObject?[] Methods = new PyObject?[Capacity];
    public int Count;

    /// <summary>A loop: for three entries, Array.IndexOf's vectorized search costs several times more.</summary>
    public int IndexOf(uint version)
    {
        var versions = Versions;
        for (int i = 0; i < Count; i++)
        {
            if (versions[i] == version)
                return i;
        }
        return -1;
    }

    public void Add(uint version, PyObject? method)
    {
        Versions[Count] = version;
        Methods[Count++] = method;
    }
}

/// <summary>
/// PEP 659's specializing half (Python/specialize.c): quickening makes a code object's adaptive copy of
/// its instructions; an instruction that keeps running rewrites itself into a form specialized for what it
/// saw (the types, a dict entry), guarded by a cheap check; a form whose guard keeps failing goes back.
/// </summary>
/// <remarks>
/// Each specializable instruction's first inline cache unit is a counter. In a base instruction it is
/// <c>value &lt;&lt; 4 | backoff exponent</c>: the value counts executions down to the next attempt, and each
/// failed attempt doubles the wait (up to 4095). In a specialized instruction it counts the misses left
/// before the instruction goes back to its base form. Instructions that remember more than types (the
/// ones with an entry in <see cref="NeedsEntry"/>) hold the index of their <see cref="InlineCache"/>
/// in the second cache unit.
/// </remarks>
public static class Specializer
{
    private const ushort MissBudget = 53;
    private const int FirstWait = 1;

    private static bool NeedsEntry(Opcode op) =>
        op is Opcode.LoadAttr or Opcode.StoreAttr or Opcode.LoadMethod or Opcode.LoadGlobal or Opcode.Call;

    private static bool IsSpecializable(Opcode op) =>
        NeedsEntry(op) || op is Opcode.BinaryOp or Opcode.CompareOp or Opcode.BinarySubscr or Opcode.StoreSubscr
            or Opcode.UnpackSequence;

    /// <summary>Sets up a fresh adaptive copy: counters, cache entries numbered in order, and the
    /// superinstructions (pairs of local and constant loads and stores run as one instruction; the second
    /// stays in place for jumps to it).</summary>
    public static InlineCache[] Quicken(ushort[] instructions)
    {
        int entries = 0;
        var previous = Opcode.Cache;
        for (int i = 0; i < instructions.Length; i++)
        {
            var op = PyCode.OpcodeAt(instructions[i]);
            var pair = (previous, op) switch
            {
                (Opcode.LoadFast, Opcode.LoadFast) => Opcode.LoadFastLoadFast,
                (Opcode.LoadFast, Opcode.LoadConst) => Opcode.LoadFastLoadConst,
                (Opcode.LoadConst, Opcode.LoadFast) => Opcode.LoadConstLoadFast,
                (Opcode.StoreFast, Opcode.StoreFast) => Opcode.StoreFastStoreFast,
                // No STORE_FAST__LOAD_FAST: a LOAD_FAST of its own hands the value to the next operator in a
                // register (or pairs with the load after it), and an operator's result reaches STORE_FAST
                // without the stack; the pair saved a dispatch but pushed (generators -2%, nbody -3.7%).
                _ => Opcode.Cache,
            };
            if (pair != Opcode.Cache)
                instructions[i - 1] = (ushort)((instructions[i - 1] & 0xFF00) | (byte)pair);
            previous = op;
            int caches = OpcodeInfo.CacheEntries(op);
            if (IsSpecializable(op))
            {
                instructions[i + 1] = FirstWait << 4;
                if (NeedsEntry(op))
                {
                    // Past 65535 entries an instruction has none, and stays generic (see Specialize).
                    instructions[i + 2] = entries < NoEntry ? (ushort)entries++ : NoEntry;
                }
            }
            i += caches;
        }
        return entries == 0 ? Array.Empty<InlineCache>() : new InlineCache[entries];
    }

    /// <summary>Counts an execution of a base instruction (cache unit at <paramref name="at"/>); true when
    /// it is time to try specializing it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static unsafe bool Due(ushort* at)
    {
        ushort counter = *at;
        if (counter < 16)
            return true;
        *at = (ushort)(counter - 16);
        return false;
    }

    // Guard failures and returns to the base form by specialized instruction, for RuntimeStatistics
    // (a miss is the slow path anyway; not thread-safe, an estimate).
    private static readonly long[] s_misses = new long[256];
    private static readonly long[] s_deopts = new long[256];

    /// <summary>(instruction, misses, returns to the base form) of the specialized forms that missed.</summary>
    internal static IEnumerable<(Opcode Form, long Misses, long Deopts)> MissCounts()
    {
        for (int i = 0; i < 256; i++)
        {
            if (s_misses[i] > 0)
                yield return ((Opcode)i, s_misses[i], s_deopts[i]);
        }
    }

    /// <summary>A specialized instruction's guard failed: one miss fewer before it goes back to its base form.</summary>
    public static unsafe void Miss(ushort* at)
    {
        var form = (byte)at[-1];
        s_misses[form]++;
        if (--*at != 0)
            return;
        s_deopts[form]++;
        ushort word = at[-1];
        at[-1] = (ushort)((word & 0xFF00) | (byte)OpcodeInfo.Deopt((Opcode)(word & 0xFF)));
        *at = 6 << 4 | 3; // retried soon, then backing off from there
    }

    private static void Specialize(ushort[] code, int at, Opcode op)
    {
        if (NeedsEntry(OpcodeInfo.Deopt(op)) && code[at + 1] == NoEntry)
        {
            Backoff(code, at);
            return;
        }
        code[at - 1] = (ushort)((code[at - 1] & 0xFF00) | (byte)op);
        code[at] = MissBudget;
    }

    /// <summary>Specializes to <paramref name="form"/>, or backs off when it is the base instruction (nothing fits).</summary>
    private static void Settle(ushort[] code, int at, Opcode form)
    {
        if (OpcodeInfo.Deopt(form) == form)
            Backoff(code, at);
        else
            Specialize(code, at, form);
    }

    private static void Backoff(ushort[] code, int at)
    {
        int exponent = Math.Min((code[at] & 15) + 1, 12);
        code[at] = (ushort)((((1 << exponent) - 1) << 4) | exponent);
    }

    private const ushort NoEntry = ushort.MaxValue;

    // Where the specializers write for an instruction without an entry (Specialize then refuses the form).
    [ThreadStatic] private static InlineCache[]? t_scratch;

    /// <summary>The instruction's entry, its other types forgotten (they fitted what it was specialized for
    /// before).</summary>
    private static ref InlineCache Entry(PyCode code, ushort[] instructions, int at)
    {
        ref var entry = ref instructions[at + 1] == NoEntry ? ref (t_scratch ??= new InlineCache[1])[0] : ref code.Caches[instructions[at + 1]];
        entry.Version2 = 0;
        entry.Index = 0;
        entry.Object = null;
        return ref entry;
    }

    /// <summary>
    /// LOAD_ATTR_INSTANCE_VALUE and STORE_ATTR_INSTANCE_VALUE whose type guard failed: whether
    /// <paramref name="owner"/>'s type fits the entry all the same (the same instance-value index), as
    /// subclasses sharing a base's attributes do where one site sees them all (a scheduler's tasks); up to
    /// three such types are remembered next to the first. A monomorphic cache would go back to the base form
    /// and respecialize, again and again.
    /// </summary>
    public static bool AlsoFits(ref InlineCache entry, PyObject owner, Opcode form, string name)
    {
        uint version = owner.Type.VersionTag;
        var others = entry.Object as OtherTypes;
        if (others is not null && others.IndexOf(version) >= 0)
            return true;
        if (others?.Count == OtherTypes.Capacity || owner is not PyInstance { Attributes.HasDict: false })
            return false;
        var type = owner.Type;
        bool fits = form switch
        {
            Opcode.LoadAttrInstanceValue => HasGenericGetAttr(type) && InstanceValueAt(type, name) == entry.Index,
            Opcode.StoreAttrInstanceValue => type.IsHeapType && type.HasPlainSetAttr && type.HasInstanceDict
                && InstanceValueAt(type, name) == entry.Index,
            _ => false,
        };
        if (!fits)
            return false;
        if (others is null)
            entry.Object = others = new OtherTypes();
        others.Add(version, null);
        return true;
    }

    /// <summary>LOAD_METHOD_WITH_VALUES whose type guard failed: the method of <paramref name="owner"/>'s type
    /// when it is one of up to three more types the entry remembers (subclasses, overriding the method or
    /// not: constraints of a solver, tasks of a scheduler), or becomes one; null otherwise.</summary>
    public static PyObject? OtherMethod(PyCode code, ref InlineCache entry, PyObject owner, string name)
    {
        // The entry's Object is the first type's method: the others are in the code's list, at Index - 1.
        uint version = owner.Type.VersionTag;
        var others = entry.Index > 0 ? code.OtherMethodTypes![entry.Index - 1] : null;
        int i = others?.IndexOf(version) ?? -1;
        if (i >= 0)
            return others!.Methods[i];
        if (others?.Count == OtherTypes.Capacity || owner is not PyInstance { Attributes.HasDict: false })
            return null;
        var type = owner.Type;
        if (!HasGenericGetAttr(type) || type.Lookup(name) is not { } method
            || method is not (PyFunction or PyBuiltinFunction { IsMethodDescriptor: true }) || type.SharedKeyIndex(name, add: false) >= 0)
            return null;
        if (others is null)
        {
            var lists = code.OtherMethodTypes ??= new List<OtherTypes>();
            lists.Add(others = new OtherTypes());
            entry.Index = lists.Count;
        }
        others.Add(version, method);
        return method;
    }

    /// <summary>The shared-key index of instance attribute <paramref name="name"/> of the type's instances,
    /// or -1 when a class attribute (a data descriptor, a slot) takes precedence or there is none.</summary>
    private static int InstanceValueAt(PyType type, string name) =>
        type.Lookup(name) is { } attr && (attr is PyMemberDescriptor || Ops.IsDataDescriptor(attr)) ? -1 : type.SharedKeyIndex(name, add: false);

    /// <summary>Attribute lookups that find what a plain object.__getattribute__ would (no class hooks).</summary>
    private static bool HasGenericGetAttr(PyType type) => !type.IsHeapType || type.HasPlainGetAttr;

    public static void LoadAttr(PyCode code, ushort[] instructions, int at, PyObject owner, string name)
    {
        ref var entry = ref Entry(code, instructions, at);
        var type = owner.Type;
        if (owner is PyModule module && ReferenceEquals(type, PyModule.TypeObject))
        {
            if (ModuleEntry(ref entry, module, name))
            {
                Specialize(instructions, at, Opcode.LoadAttrModule);
                return;
            }
        }
        else if (type.IsHeapType && HasGenericGetAttr(type) && type.Lookup(name) is PyProperty { Getter: PyFunction getter } property
                 && IsPlainGetter(getter))
        {
            // A property takes precedence over the instance's own attributes: its getter runs as a frame.
            entry.Version = type.VersionTag;
            entry.Object = property;
            Specialize(instructions, at, Opcode.LoadAttrProperty);
            return;
        }
        else if (owner is PyInstance instance && !instance.Attributes.HasDict && HasGenericGetAttr(type))
        {
            var attr = type.Lookup(name);
            if (attr is PyMemberDescriptor member && type.IsSubtypeOf(member.Owner))
            {
                entry.Version = type.VersionTag;
                entry.Index = member.Index;
                Specialize(instructions, at, Opcode.LoadAttrSlot);
                return;
            }
            int key = type.SharedKeyIndex(name, add: false);
            if (key >= 0 && (attr is null || !Ops.IsDataDescriptor(attr)))
            {
                entry.Version = type.VersionTag;
                entry.Index = key;
                Specialize(instructions, at, Opcode.LoadAttrInstanceValue);
                return;
            }
        }
        Backoff(instructions, at);
    }

    /// <summary>A function that takes exactly one positional argument (and nothing else): a getter that
    /// LOAD_ATTR_PROPERTY can call with the object in its first slot.</summary>
    internal static bool IsPlainGetter(PyFunction getter) =>
        getter.Code is { Argcount: 1, Kwonlyargcount: 0 } code && (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0;

    /// <summary>Remembers where <paramref name="name"/> is in the module's dict (and the keys version that
    /// keeps it there); false when the module has no such global.</summary>
    private static bool ModuleEntry(ref InlineCache entry, PyModule module, string name)
    {
        int index = module.Dict.EntryIndex(name);
        if (index < 0)
            return false;
        entry.Version = module.Dict.KeysVersion;
        entry.Index = index;
        return true;
    }

    public static void StoreAttr(PyCode code, ushort[] instructions, int at, PyObject owner, string name)
    {
        ref var entry = ref Entry(code, instructions, at);
        var type = owner.Type;
        if (owner is PyInstance instance && !instance.Attributes.HasDict && type.IsHeapType && type.HasPlainSetAttr)
        {
            var attr = type.Lookup(name);
            if (attr is PyMemberDescriptor member && type.IsSubtypeOf(member.Owner))
            {
                entry.Version = type.VersionTag;
                entry.Index = member.Index;
                Specialize(instructions, at, Opcode.StoreAttrSlot);
                return;
            }
            int key = type.SharedKeyIndex(name, add: false);
            if (key >= 0 && type.HasInstanceDict && (attr is null || !Ops.IsDataDescriptor(attr)))
            {
                entry.Version = type.VersionTag;
                entry.Index = key;
                Specialize(instructions, at, Opcode.StoreAttrInstanceValue);
                return;
            }
        }
        Backoff(instructions, at);
    }

    public static void LoadMethod(PyCode code, ushort[] instructions, int at, PyObject owner, string name)
    {
        ref var entry = ref Entry(code, instructions, at);
        var type = owner.Type;
        if (owner is PyModule module && ReferenceEquals(type, PyModule.TypeObject))
        {
            if (ModuleEntry(ref entry, module, name))
            {
                Specialize(instructions, at, Opcode.LoadMethodModule);
                return;
            }
        }
        else if (owner is PyType cls && ReferenceEquals(type, PyType.TypeType))
        {
            // Class.function(...) (Base.__init__(self, ...)): the function itself, as [NULL, function]; the
            // class's version covers its MRO, and type (the metaclass) has no data descriptor of that name.
            if (cls.Lookup(name) is PyFunction function && (PyType.TypeType.Lookup(name) is not { } metaAttr || !Ops.IsDataDescriptor(metaAttr)))
            {
                entry.Version = cls.VersionTag;
                entry.Object = function;
                Specialize(instructions, at, Opcode.LoadMethodClass);
                return;
            }
        }
        else if (HasGenericGetAttr(type) && type.Lookup(name) is PyFunction or PyBuiltinFunction { IsMethodDescriptor: true })
        {
            var method = type.Lookup(name);
            if (owner is PyInstance instance)
            {
                // Adding a shared key gives the type a new version, so the guard also keeps the name out of
                // the instance's values.
                if (!instance.Attributes.HasDict && type.SharedKeyIndex(name, add: false) < 0)
                {
                    entry.Version = type.VersionTag;
                    entry.Object = method;
                    Specialize(instructions, at, Opcode.LoadMethodWithValues);
                    return;
                }
            }
            else if (!type.IsHeapType && owner is not (PyFunction or PyModule or PyType or PySuper or PyBaseException))
            {
                // Instances of builtin types have no attributes of their own.
                entry.Version = type.VersionTag;
                entry.Object = method;
                Specialize(instructions, at, Opcode.LoadMethodNoDict);
                return;
            }
        }
        Backoff(instructions, at);
    }

    public static void LoadGlobal(PyCode code, ushort[] instructions, int at, PyDict globals, PyDict builtins, PyStr name)
    {
        ref var entry = ref Entry(code, instructions, at);
        int index = globals.EntryIndex(name);
        if (index >= 0)
        {
            entry.Version = globals.KeysVersion;
            entry.Index = index;
            Specialize(instructions, at, Opcode.LoadGlobalModule);
            return;
        }
        index = builtins.EntryIndex(name);
        if (index >= 0)
        {
            entry.Version = globals.KeysVersion;
            entry.Version2 = builtins.KeysVersion;
            entry.Index = index;
            Specialize(instructions, at, Opcode.LoadGlobalBuiltin);
            return;
        }
        Backoff(instructions, at);
    }

    public static void BinaryOp(ushort[] instructions, int at, PyObject a, PyObject b, int oparg) =>
        Settle(instructions, at, BinaryOpForm(a, b, (BinaryOperator)(oparg >= 13 ? oparg - 13 : oparg)));

    private static Opcode BinaryOpForm(PyObject a, PyObject b, BinaryOperator op)
    {
        bool ints = ReferenceEquals(a.Type, PyInt.TypeObject) && ReferenceEquals(b.Type, PyInt.TypeObject);
        bool floats = ReferenceEquals(a.Type, PyFloat.TypeObject) && ReferenceEquals(b.Type, PyFloat.TypeObject);
        return op switch
        {
            BinaryOperator.Add when ints => Opcode.BinaryOpAddInt,
            BinaryOperator.Subtract when ints => Opcode.BinaryOpSubtractInt,
            BinaryOperator.Multiply when ints => Opcode.BinaryOpMultiplyInt,
            BinaryOperator.Add when floats => Opcode.BinaryOpAddFloat,
            BinaryOperator.Subtract when floats => Opcode.BinaryOpSubtractFloat,
            BinaryOperator.Multiply when floats => Opcode.BinaryOpMultiplyFloat,
            BinaryOperator.Add when ReferenceEquals(a.Type, PyStr.TypeObject) && ReferenceEquals(b.Type, PyStr.TypeObject) => Opcode.BinaryOpAddUnicode,
            BinaryOperator.MatrixMultiply => Opcode.BinaryOp,
            _ when ints => Opcode.BinaryOpInt,
            // The float forms take a float and an int too; bitwise operators are not for floats.
            BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.TrueDivide
                or BinaryOperator.FloorDivide or BinaryOperator.Remainder or BinaryOperator.Power
                when IsIntOrFloat(a) && IsIntOrFloat(b) => Opcode.BinaryOpFloat,
            _ => Opcode.BinaryOp,
        };
    }

    internal static bool IsIntOrFloat(PyObject o) => ReferenceEquals(o.Type, PyInt.TypeObject) || ReferenceEquals(o.Type, PyFloat.TypeObject);

    /// <summary>COMPARE_OP for ints, floats (or a float and an int) and str equality; followed by a
    /// conditional jump, the specialized form also does the jump.</summary>
    public static void CompareOp(ushort[] instructions, int at, PyObject a, PyObject b, int oparg)
    {
        bool jump = OpcodeInfo.IsJumpOnTruth(PyCode.OpcodeAt(instructions[at + 2]));
        var type = ReferenceEquals(a.Type, b.Type) ? a.Type : IsIntOrFloat(a) && IsIntOrFloat(b) ? PyFloat.TypeObject : null;
        var form = ReferenceEquals(type, PyInt.TypeObject) ? (jump ? Opcode.CompareOpIntJump : Opcode.CompareOpInt)
            : ReferenceEquals(type, PyFloat.TypeObject) ? (jump ? Opcode.CompareOpFloatJump : Opcode.CompareOpFloat)
            : ReferenceEquals(type, PyStr.TypeObject) && (CompareOp)oparg is Runtime.CompareOp.Eq or Runtime.CompareOp.Ne
                ? (jump ? Opcode.CompareOpStrJump : Opcode.CompareOpStr)
            : Opcode.CompareOp;
        Settle(instructions, at, form);
    }

    public static void BinarySubscr(ushort[] instructions, int at, PyObject container, PyObject key)
    {
        var type = container.Type;
        var specialized = ReferenceEquals(type, PyList.TypeObject) && ReferenceEquals(key.Type, PyInt.TypeObject) ? Opcode.BinarySubscrListInt
            : ReferenceEquals(type, PyTuple.TypeObject) && ReferenceEquals(key.Type, PyInt.TypeObject) ? Opcode.BinarySubscrTupleInt
            : ReferenceEquals(type, PyStr.TypeObject) && ReferenceEquals(key.Type, PyInt.TypeObject) ? Opcode.BinarySubscrStrInt
            : ReferenceEquals(type, PyDict.TypeObject) ? Opcode.BinarySubscrDict
            : Opcode.BinarySubscr;
        Settle(instructions, at, specialized);
    }

    public static void StoreSubscr(ushort[] instructions, int at, PyObject container, PyObject key)
    {
        var type = container.Type;
        var specialized = ReferenceEquals(type, PyList.TypeObject) && ReferenceEquals(key.Type, PyInt.TypeObject) ? Opcode.StoreSubscrListInt
            : ReferenceEquals(type, PyDict.TypeObject) ? Opcode.StoreSubscrDict
            : Opcode.StoreSubscr;
        Settle(instructions, at, specialized);
    }

    public static void UnpackSequence(ushort[] instructions, int at, PyObject sequence, int count)
    {
        var type = sequence.Type;
        var specialized = ReferenceEquals(type, PyTuple.TypeObject) ? (count == 2 ? Opcode.UnpackSequenceTwoTuple : Opcode.UnpackSequenceTuple)
            : ReferenceEquals(type, PyList.TypeObject) ? Opcode.UnpackSequenceList
            : Opcode.UnpackSequence;
        Settle(instructions, at, specialized);
    }

    /// <summary>Calls of a Python function whose parameters are exactly the positional arguments given.</summary>
    public static void Call(PyCode code, ushort[] instructions, int at, PyObject callable, int argumentCount, PyTuple? kwNames, PyObject? self)
    {
        ref var entry = ref Entry(code, instructions, at);
        if (kwNames is null && callable is PyBuiltinFunction { Self: null } builtin)
        {
            // 3.12's forms for the commonest builtins: len(x), isinstance(x, cls), list.append(x).
            var form = (builtin.Intrinsic, argumentCount) switch
            {
                (Intrinsic.Len, 1) => Opcode.CallNoKwLen,
                (Intrinsic.IsInstance, 2) => Opcode.CallNoKwIsinstance,
                (Intrinsic.ListAppend, 2) when self is PyList && ReferenceEquals(self.Type, PyList.TypeObject) => Opcode.CallNoKwListAppend,
                _ => Opcode.Call,
            };
            if (form != Opcode.Call)
            {
                Specialize(instructions, at, form);
                return;
            }
            // The argument checks pass for this count once and for all; a method's self is checked by its type.
            if (builtin.Owner is null && builtin.AcceptsPositional(argumentCount))
            {
                entry.Object = builtin;
                entry.Index = argumentCount;
                Specialize(instructions, at, Opcode.CallNoKwBuiltin);
                return;
            }
            if (builtin.Owner is { } owner && self is not null && self.Type.IsSubtypeOf(owner) && builtin.AcceptsPositional(argumentCount - 1))
            {
                entry.Object = builtin;
                entry.Index = argumentCount;
                entry.Version = self.Type.VersionTag;
                Specialize(instructions, at, Opcode.CallNoKwMethodDescriptor);
                return;
            }
        }
        // The two Python-function forms check the function they meet by its code's parameters (PyCode.
        // ExactArgCount), not by identity: any function whose parameters fit takes the fast path.
        if (kwNames is null && callable is PyFunction fn && fn.Code is var target
            && (target.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && target.Kwonlyargcount == 0
            && target.Argcount == argumentCount)
        {
            Specialize(instructions, at, Opcode.CallPyExactArgs);
            return;
        }
        if (kwNames is null && callable is PyFunction withDefaults && withDefaults.Code is var code2
            && (code2.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code2.Kwonlyargcount == 0
            && argumentCount < code2.Argcount && code2.Argcount - argumentCount <= withDefaults.Defaults.Length)
        {
            // The missing trailing parameters take their defaults (checked again at each call: __defaults__
            // may be reassigned).
            Specialize(instructions, at, Opcode.CallPyWithDefaults);
            return;
        }
        if (kwNames is null && callable is PyType { ConstructsDirectly: true } builtinType)
        {
            entry.Object = builtinType;
            entry.Version = builtinType.VersionTag;
            Specialize(instructions, at, Opcode.CallBuiltinClass);
            return;
        }
        // A class whose instances object.__new__ (or BaseException.__new__) makes, with a Python __init__
        // taking the arguments.
        if (kwNames is null && callable is PyType { IsHeapType: true } cls && ReferenceEquals(cls.Type, PyType.TypeType)
            && (PyType.MakesPlainInstances(cls) || PyType.MakesPlainExceptions(cls))
            && cls.Lookup("__init__") is PyFunction init && init.Code is var initCode
            && (initCode.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) == 0
            && initCode.Kwonlyargcount == 0 && initCode.Argcount == argumentCount + 1)
        {
            entry.Version = cls.VersionTag;
            entry.Version2 = PyType.MakesPlainInstances(cls) ? 0u : 1u; // 1: an exception, made with the arguments
            entry.Object = init;
            entry.Index = argumentCount;
            Specialize(instructions, at, Opcode.CallAllocAndEnterInit);
            return;
        }
        Backoff(instructions, at);
    }
}
