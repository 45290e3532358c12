namespace Adder.Runtime.Interpreter;

/// <summary>
/// An executing code object: its locals followed by its value stack, in slots taken from the thread's
/// <see cref="ThreadState"/> (generator frames, which outlive the call, have an array of their own), the
/// instruction pointer, and the caller. Python-to-Python calls link frames and stay in the same
/// evaluation loop.
/// </summary>
/// <remarks>
/// Frame objects are reused: a finished frame that nothing can still see goes back to its thread's pool
/// (<see cref="ThreadState"/>), so a call allocates nothing and the pooled frames, being old, make the
/// GC's write barriers cheap. A frame that something else may hold on to "escapes" and is never reused:
/// one shown by a frame object (tracebacks, sys._getframe) together with its callers (f_back), and a
/// generator's.
/// </remarks>
public sealed class Frame
{
    private Frame()
    {
        Code = null!;
        Globals = Builtins = null!;
        Slots = null!;
    }

    /// <summary>A frame for running <paramref name="code"/>, its slots on the data stack, called from
    /// <paramref name="back"/> (null: from C#, on this thread).</summary>
    public static unsafe Frame Push(PyCode code, PyDict globals, PyDict builtins, PyDict? locals, Frame? back, PyFunction? function)
    {
        // The caller runs on this thread: no thread-static lookup on the call path.
        var thread = back?.Thread ?? ThreadState.Current;
        var frame = thread.RentFrame() ?? new Frame();
        frame.Code = code;
        frame.Globals = globals;
        frame.Builtins = builtins;
        frame.Locals = locals;
        frame.Back = back;
        frame.Function = function;
        frame.Thread = thread;
        frame.Slots = thread.Push(code.LocalsPlusCount + code.Stacksize, out frame.Base);
        frame._onDataStack = true;
        frame.StackTop = frame.Base + code.LocalsPlusCount;
        frame.Depth = back is null ? 1 : back.Depth + 1;
        frame.Ip = 0;
        frame.Instruction = null;
        frame.InitSelf = null;
        frame.InlineGenerator = null;
        frame.PendingThrow = null;
        frame.IsEntry = frame.Yielded = false;
        return frame;
    }

    private bool _onDataStack;

    /// <summary>Something besides the interpreter may hold this frame: it is not reused.</summary>
    private bool _escaped;

    /// <summary>Marks the frame and its callers as escaped (see the remarks).</summary>
    public void Escape()
    {
        for (var f = this; f is not null && !f._escaped; f = f.Back)
            f._escaped = true;
    }

    private int Size => Code.LocalsPlusCount + Code.Stacksize;

    /// <summary>One past this frame's last slot in <see cref="Slots"/>.</summary>
    public int End => Base + Size;

    /// <summary>The frame has finished: its slots go back to the data stack. A frame that a frame object
    /// or traceback may still show keeps a copy of them (f_locals still works).</summary>
    public void Release()
    {
        if (!_onDataStack)
            return;
        if (_escaped)
        {
            MoveToOwnArray();
            return;
        }
        var thread = Thread;
        thread.Pop(Slots, Base);
        _onDataStack = false;
        // Reused by a later call (Push resets it): the interpreter still reads Back, IsEntry and InitSelf
        // of the frame it just released.
        if (!_escaped)
            thread.ReturnFrame(this);
    }

    /// <summary>RETURN_GENERATOR: the frame outlives the call, so its slots move to an array of its own.</summary>
    public void MoveToOwnArray()
    {
        _escaped = true;
        if (!_onDataStack)
            return;
        var own = new Slot[Size];
        Array.Copy(Slots, Base, own, 0, Size);
        Thread.Pop(Slots, Base);
        _onDataStack = false;
        StackTop -= Base;
        Slots = own;
        Base = 0;
    }

    /// <summary>Local slot <paramref name="index"/> (a local, cell or free variable).</summary>
    public ref PyObject? Local(int index) => ref Slots[Base + index].Value;

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
    public int Depth { get; private set; }
    /// <summary>The array holding this frame's slots, which start at <see cref="Base"/>; <see cref="StackTop"/>
    /// is an index into it.</summary>
    public Slot[] Slots;
    public int Base;
    public int StackTop;
    public int Ip;

    /// <summary>The instruction being executed (for tracebacks), an index into the code's instructions.</summary>
    public unsafe int LastInstruction
    {
        get => Instruction is null ? 0 : (int)(Instruction - Code.AdaptiveBase);
        set => Instruction = Code.AdaptiveBase + value;
    }

    /// <summary>The instruction being executed, as the evaluation loop records it (a pointer into the code's
    /// pinned adaptive instructions; null before the frame started).</summary>
    internal unsafe ushort* Instruction;

    /// <summary>For the __init__ frame of CALL_ALLOC_AND_ENTER_INIT: the new instance, which the call
    /// returns (once __init__ returned None).</summary>
    internal PyObject? InitSelf;

    /// <summary>The generator whose frame this is, while FOR_ITER runs it in its caller's loop: yielding
    /// and returning go back to the caller's FOR_ITER (see PyGenerator.EnterInline).</summary>
    internal PyGenerator? InlineGenerator;

    /// <summary>Where this frame continues when a generator its FOR_ITER runs inline is exhausted.</summary>
    internal int ForIterExit;

    /// <summary>The thread running the frame (set when it starts or resumes), whose data stack holds its slots
    /// while <see cref="_onDataStack"/> (a frame leaves the data stack before it could resume elsewhere).</summary>
    internal ThreadState Thread = null!;

    /// <summary>The frame an Interpreter.Run started with: returning from it leaves the evaluation loop.</summary>
    internal bool IsEntry;

    /// <summary>The frame stopped at a YIELD_VALUE (rather than returning).</summary>
    public bool Yielded;

    /// <summary>The Python-visible frame object, once something asked for it.</summary>
    public PyFrameObject? FrameObject;

    /// <summary>An exception generator.throw() raises at the paused yield.</summary>
    public PyBaseException? PendingThrow;
}
