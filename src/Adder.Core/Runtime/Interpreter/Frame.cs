namespace Adder.Runtime.Interpreter;

/// <summary>
/// An executing code object: its locals followed by its value stack in <see cref="Slots"/>, the
/// instruction pointer, and the caller. Python-to-Python calls link frames and stay in the same
/// evaluation loop.
/// </summary>
/// <remarks>
/// Frames are reused, slots included: its thread keeps one frame a call depth (<see cref="ThreadState"/>),
/// which the next call at that depth takes once it finished, so a call allocates nothing, and the reused
/// frames and their slot arrays, being old, make the GC's write barriers cheap. The slots start at index 0 of the frame's
/// own array (rather than somewhere in a shared data stack), which spares the evaluation loop a register.
/// A frame that something else may hold on to "escapes" and is never reused: one shown by a frame object
/// (tracebacks, sys._getframe) together with its callers (f_back), and a generator's.
/// </remarks>
public sealed class Frame
{
    internal Frame(int depth)
    {
        Code = null!;
        Globals = Builtins = null!;
        Depth = depth;
    }

    /// <summary>A frame for running <paramref name="code"/>, called from <paramref name="back"/> (null: from
    /// C#, on this thread).</summary>
    public static Frame Push(PyCode code, PyDict globals, PyDict builtins, PyDict? locals, Frame? back, PyFunction? function)
    {
        // The caller runs on this thread: no thread-static lookup on the call path.
        var thread = back?.Thread ?? ThreadState.Current;
        int depth = back is null ? 1 : back.Depth + 1;
        var frame = thread.FrameAt(depth);
        int size = code.LocalsPlusCount + code.Stacksize;
        if (frame.Slots.Length < size)
            frame.Slots = new Slot[size];
        // The frame of this depth usually ran the same function from the same caller last time (a loop
        // calling it, recursion): storing only what changed skips most of the GC's write barriers.
        if (!ReferenceEquals(frame.Code, code))
            frame.Code = code;
        if (!ReferenceEquals(frame.Globals, globals))
            frame.Globals = globals;
        if (!ReferenceEquals(frame.Builtins, builtins))
            frame.Builtins = builtins;
        if (!ReferenceEquals(frame.Back, back))
            frame.Back = back;
        if (!ReferenceEquals(frame.Function, function))
            frame.Function = function;
        if (!ReferenceEquals(frame.Thread, thread))
            frame.Thread = thread;
        if (frame.Locals is not null || locals is not null)
            frame.Locals = locals;
        frame.Returns = FrameReturn.ToCaller;
        frame.Begin(code);
        return frame;
    }

    /// <summary><see cref="Push"/> for a call of Python function <paramref name="fn"/> from
    /// <paramref name="back"/> (the interpreter's calls): the frame of the next depth usually ran the same
    /// function last time, which leaves little to store.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Frame PushCall(PyFunction fn, Frame back)
    {
        int depth = back.Depth + 1;
        var frame = back.Thread.FrameAt(depth);
        var code = fn.Code;
        if (!ReferenceEquals(frame.Function, fn) || !ReferenceEquals(frame.Code, code) || !ReferenceEquals(frame.Builtins, back.Builtins))
            frame.Start(fn, code, back);
        if (!ReferenceEquals(frame.Back, back))
            frame.Back = back;
        if (frame.Locals is not null)
            frame.Locals = null;
        frame.Begin(code);
        return frame;
    }

    /// <summary>The state every call starts from (the end of <see cref="Push"/> and <see cref="PushCall"/>).
    /// What only some frames use is reset by those: a reused frame returns to its caller
    /// (<see cref="Release"/> resets <see cref="Returns"/>), and only generators' frames, never reused,
    /// yield or have exceptions thrown in.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private unsafe void Begin(PyCode code)
    {
        _state = FrameState.Running;
        StackTop = code.LocalsPlusCount;
        Ip = 0;
        Instruction = null;
    }

    /// <summary>What a frame that last ran something else needs for <paramref name="fn"/> (the globals of a
    /// function never change; its code may).</summary>
    private void Start(PyFunction fn, PyCode code, Frame back)
    {
        int size = code.LocalsPlusCount + code.Stacksize;
        if (Slots.Length < size)
            Slots = new Slot[size];
        Code = code;
        Function = fn;
        // Usually the same as before (one module, one thread): a comparison is cheaper than a GC write barrier.
        if (!ReferenceEquals(Globals, fn.Globals))
            Globals = fn.Globals;
        if (!ReferenceEquals(Builtins, back.Builtins))
            Builtins = back.Builtins;
        if (!ReferenceEquals(Thread, back.Thread))
            Thread = back.Thread;
    }

    private enum FrameState : byte
    {
        /// <summary>Finished and held by nothing else: the next call at its depth may take it.</summary>
        Free,
        /// <summary>Between <see cref="Push"/> and <see cref="Release"/>.</summary>
        Running,
        /// <summary>Something besides the interpreter may hold it (a frame object, a generator): never reused.</summary>
        Escaped,
    }

    private FrameState _state;

    internal bool IsReusable => _state == FrameState.Free;

    /// <summary>Marks the frame and its callers as escaped (see the remarks).</summary>
    public void Escape()
    {
        for (var f = this; f is not null && f._state != FrameState.Escaped; f = f.Back)
            f._state = FrameState.Escaped;
    }

    /// <summary>How many slots the code uses: its locals and its deepest value stack.</summary>
    public int End => Code.LocalsPlusCount + Code.Stacksize;

    /// <summary>The frame has finished. Unless it escaped (a frame object or traceback may still show it,
    /// with its locals), its slots are cleared for the next call at its depth.</summary>
    public void Release()
    {
        if (_state != FrameState.Running)
            return;
        _state = FrameState.Free;
        ForgetReturn();
        // Most frames have a handful of slots: a loop beats Array.Clear's call (5-8% of fib). The frame
        // stays as it is otherwise (the interpreter still reads its Back) until the next call at its depth
        // takes it.
        var slots = Slots.AsSpan(0, End);
        for (int i = 0; i < slots.Length; i++)
            slots[i].Value = null;
    }

    /// <summary><see cref="Release"/> for RETURN_VALUE: the value stack is empty then, so only the locals need
    /// clearing (a frame with another <see cref="Returns"/> than the plain one also needs <see cref="ForgetReturn"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void ReleaseReturned()
    {
        if (_state != FrameState.Running)
            return;
        _state = FrameState.Free;
        var slots = Slots;
        for (int i = Code.LocalsPlusCount - 1; i >= 0; i--)
            slots[i].Value = null;
    }

    /// <summary>A finished __init__ or binary operator method frame goes back to plain returns (the next call
    /// at its depth takes it as it is); the other kinds are reset by whoever set them.</summary>
    internal void ForgetReturn()
    {
        if (Returns is FrameReturn.ToInit or FrameReturn.ToBinaryOp)
        {
            Returns = FrameReturn.ToCaller;
            InitSelf = null;
        }
    }

    /// <summary>RETURN_GENERATOR: the frame outlives the call (its generator resumes it).</summary>
    public void KeepForGenerator() => _state = FrameState.Escaped;

    /// <summary>Local slot <paramref name="index"/> (a local, cell or free variable).</summary>
    public ref PyObject? Local(int index) => ref Slots[index].Value;

    public PyCode Code { get; private set; }

    /// <summary>The function being run (null for module and class bodies).</summary>
    public PyFunction? Function { get; private set; }
    public PyDict Globals { get; private set; }
    public PyDict Builtins { get; private set; }

    /// <summary>The namespace of module and class bodies (LOAD_NAME/STORE_NAME); null in functions.</summary>
    public PyDict? Locals { get; private set; }

    public Frame? Back { get; private set; }

    /// <summary>Links a resumed generator frame under the frame resuming it.</summary>
    public Frame WithBack(Frame? back)
    {
        Back = back;
        return this;
    }
    /// <summary>The call depth whose frame this is (see <see cref="ThreadState.FrameAt"/>).</summary>
    public int Depth { get; }
    /// <summary>This frame's locals (from index 0) and value stack, whose top <see cref="StackTop"/> is.</summary>
    public Slot[] Slots = Array.Empty<Slot>();
    public int StackTop;
    public int Ip;

    /// <summary>The instruction being executed (for tracebacks), an index into the code's instructions.</summary>
    public unsafe int LastInstruction => Instruction is null ? 0 : (int)(Instruction - Code.AdaptiveBase);

    /// <summary>The instruction being executed, as the evaluation loop records it (a pointer into the code's
    /// pinned adaptive instructions; null before the frame started).</summary>
    internal unsafe ushort* Instruction;

    /// <summary>Where RETURN_VALUE delivers the value; the fields below say more for some.</summary>
    internal FrameReturn Returns;

    /// <summary>For <see cref="FrameReturn.ToBinaryOp"/>: the operator (BINARY_OP's oparg). The operands stay
    /// on the caller's stack for a NotImplemented.</summary>
    internal int ForBinaryOp;

    /// <summary>For <see cref="FrameReturn.ToInit"/>: the new instance, which the call returns (once __init__
    /// returned None).</summary>
    internal PyObject? InitSelf;

    /// <summary>The generator whose frame this is, while FOR_ITER or a consuming builtin runs it in its
    /// caller's loop (<see cref="FrameReturn.ToInlineLoop"/>): yielding and returning go back to the caller
    /// (see PyGenerator.EnterInline).</summary>
    internal PyGenerator? InlineGenerator
    {
        get => _inlineGenerator;
        set
        {
            _inlineGenerator = value;
            Returns = value is null ? FrameReturn.ToCaller : FrameReturn.ToInlineLoop;
        }
    }

    private PyGenerator? _inlineGenerator;

    /// <summary>Where this frame continues when a generator its FOR_ITER runs inline is exhausted.</summary>
    internal int ForIterExit;

    /// <summary>The thread running the frame (set when it starts or resumes).</summary>
    internal ThreadState Thread = null!;

    /// <summary>The frame an Interpreter.Run started with: returning from it leaves the evaluation loop.</summary>
    internal bool IsEntry
    {
        get => Returns == FrameReturn.ToEntry;
        set => Returns = value ? FrameReturn.ToEntry : FrameReturn.ToCaller;
    }

    /// <summary>The frame stopped at a YIELD_VALUE (rather than returning).</summary>
    public bool Yielded;

    /// <summary>The Python-visible frame object, once something asked for it.</summary>
    public PyFrameObject? FrameObject;

    /// <summary>An exception generator.throw() raises at the paused yield.</summary>
    public PyBaseException? PendingThrow;

    /// <summary>KW_NAMES's keyword names, for the CALL that follows it.</summary>
    internal PyTuple? KwNames;
}

/// <summary>Where a frame's RETURN_VALUE delivers the value: anything but <see cref="ToCaller"/> takes the
/// evaluation loop's slower return path.</summary>
internal enum FrameReturn : byte
{
    /// <summary>Onto the caller's value stack (a plain call).</summary>
    ToCaller,
    /// <summary>Out of the evaluation loop: the frame an Interpreter.Run started with.</summary>
    ToEntry,
    /// <summary>CALL_ALLOC_AND_ENTER_INIT's __init__: the call returns <see cref="Frame.InitSelf"/>.</summary>
    ToInit,
    /// <summary>A binary operator's special method run by BINARY_OP (<see cref="Frame.ForBinaryOp"/>).</summary>
    ToBinaryOp,
    /// <summary>A generator run by its caller's FOR_ITER or a consuming builtin (<see cref="Frame.InlineGenerator"/>).</summary>
    ToInlineLoop,
}
