using Adder.Bytecode;

namespace Adder.Runtime;

[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
    IterableCoroutine = 0x100,
    AsyncGenerator = 0x200,
}

/// <summary>One entry of the exception table: instructions [Start, End) jump to Target with the stack at Depth.</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>A code object, with CPython's attributes. Instructions are 16-bit units: opcode | oparg &lt;&lt; 8.</summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("code").Final();

    public PyCode()
        : base(TypeObject)
    {
    }

    public required string Name { get; init; }
    public required string Qualname { get; init; }
    public required string Filename { get; init; }
    public required ushort[] Instructions { get; init; }

    /// <summary>The instructions the interpreter runs: a copy of <see cref="Instructions"/> (which co_code,
    /// dis and tracebacks keep seeing) whose instructions specialize themselves as they run (PEP 659).</summary>
    // Not inlined: the evaluation loop asks for it only to specialize, and each inlined copy took a slot of its
    // stack frame.
    internal ushort[] Adaptive
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        get => _adaptive ?? Quicken();
    }

    /// <summary>Where <see cref="Adaptive"/> starts: the array is pinned, so that the evaluation loop holds
    /// one pointer as its instruction pointer (in a register, and without bounds checks).</summary>
    internal unsafe ushort* AdaptiveBase
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_adaptive is null)
                Quicken();
            return _adaptiveBase;
        }
    }

    /// <summary><see cref="AdaptiveBase"/> of code that has run (the evaluation loop quickens it on entry).</summary>
    internal unsafe ushort* QuickenedBase => _adaptiveBase;

    private ushort[]? _adaptive;
    private unsafe ushort* _adaptiveBase;

    /// <summary>What specialized instructions remember (type versions, dict entries, objects), one entry per
    /// instruction that needs one; the instruction's second cache unit holds the entry's index.</summary>
    internal Interpreter.InlineCache[] Caches = Array.Empty<Interpreter.InlineCache>();

    /// <summary>The other types of polymorphic LOAD_METHOD_WITH_VALUES sites (see Specializer.OtherMethod).</summary>
    internal List<Interpreter.OtherTypes>? OtherMethodTypes;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private unsafe ushort[] Quicken()
    {
        var adaptive = GC.AllocateUninitializedArray<ushort>(Instructions.Length, pinned: true);
        Instructions.CopyTo(adaptive, 0);
        Caches = Interpreter.Specializer.Quicken(adaptive);
        _adaptiveBase = (ushort*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(adaptive));
        if ((Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && Kwonlyargcount == 0)
            ExactArgCount = Argcount;
        return _adaptive = adaptive;
    }

    /// <summary>How many positional arguments fill the parameters exactly when there is no *args, **kwargs
    /// or keyword-only parameter, else -1; -1 too until the code first runs (set when it is quickened).
    /// CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS check it instead of one function's identity, so that a
    /// call site meeting several functions (a method overridden in subclasses) stays specialized.</summary>
    internal int ExactArgCount = -1;
    public required PyObject[] Consts { get; init; }
    public required string[] Names { get; init; }

    /// <summary><see cref="Names"/> as str objects, made once, for dict lookups by name.</summary>
    public PyStr[] NameObjects => _nameObjects ??= Names.Select(n => new PyStr(n)).ToArray();

    private PyStr[]? _nameObjects;
    public required string[] Varnames { get; init; }
    public required string[] Cellvars { get; init; }
    public required string[] Freevars { get; init; }
    public int Argcount { get; init; }
    public int Posonlyargcount { get; init; }
    public int Kwonlyargcount { get; init; }
    public int Stacksize { get; init; }
    public int Firstlineno { get; init; }
    public CodeFlags Flags { get; init; }

    /// <summary>Per instruction unit: line, end line, column, end column (-1 where unknown).</summary>
    public required int[] Positions { get; init; }

    public required ExceptionTableEntry[] ExceptionTable { get; init; }

    public int Nlocals => Varnames.Length;

    /// <summary>
    /// Slots before the value stack: locals, then cell variables that are not parameters, then free
    /// variables (CPython 3.11's "localsplus").
    /// </summary>
    public int LocalsPlusCount { get; init; }

    public int LineOf(int instructionIndex) => instructionIndex >= 0 && instructionIndex * 4 < Positions.Length ? Positions[instructionIndex * 4] : Firstlineno;

    /// <summary>The name of a localsplus slot (a local, a cell or a free variable).</summary>
    public string LocalsPlusName(int slot)
    {
        if (slot < Varnames.Length)
            return Varnames[slot];
        int k = slot - Varnames.Length;
        foreach (var cell in Cellvars)
        {
            if (Array.IndexOf(Varnames, cell) >= 0)
                continue;
            if (k-- == 0)
                return cell;
        }
        return Freevars[k];
    }

    public override string ToString() =>
        $"<code object {Name} at 0x{0x7f0000000000L + (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this) & 0xffffffL) * 16:x}, file \"{Filename}\", line {Firstlineno}>";

    public static Opcode OpcodeAt(ushort unit) => (Opcode)(unit & 0xFF);

    public static int OpargAt(ushort unit) => unit >> 8;
}
