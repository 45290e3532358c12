namespace Adder.Runtime.Interpreter;

/// <summary>
/// An executing code object: its locals followed by its value stack, in slots taken from the thread's
/// <see cref="ThreadState"/> (generator frames, which outlive the call, have an array of their own), the
/// instruction pointer, and the caller. Python-to-Python calls link frames and stay in the same
/// evaluation loop.
/// </summary>
public sealed class Frame
{
    public Frame(PyCode code, PyDict globals, PyDict builtins, PyDict? locals, Frame? back)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Back = back;
        // The caller's data stack is this thread's: no thread-static lookup on the call path.
        Stack = back?.Stack ?? ThreadState.Current;
        Slots = Stack.Push(code.LocalsPlusCount + code.Stacksize, out Base);
        _onDataStack = true;
        StackTop = Base + code.LocalsPlusCount;
        Depth = back is null ? 1 : back.Depth + 1;
    }

    private bool _onDataStack;

    /// <summary>The data stack the frame's slots are on; null once they are not (a generator's frame, which
    /// may resume on another thread, so its callees find their thread's data stack themselves).</summary>
    private ThreadState? Stack;

    private int Size => Code.LocalsPlusCount + Code.Stacksize;

    /// <summary>One past this frame's last slot in <see cref="Slots"/>.</summary>
    public int End => Base + Size;

    /// <summary>The frame has finished: its slots go back to the data stack. A frame that a frame object
    /// or traceback still shows keeps a copy of them (f_locals still works).</summary>
    public void Release()
    {
        if (!_onDataStack)
            return;
        if (FrameObject is not null)
        {
            MoveToOwnArray();
            return;
        }
        Stack!.Pop(Slots, Base);
        _onDataStack = false;
    }

    /// <summary>RETURN_GENERATOR: the frame outlives the call, so its slots move to an array of its own.</summary>
    public void MoveToOwnArray()
    {
        if (!_onDataStack)
            return;
        var own = new Slot[Size];
        Array.Copy(Slots, Base, own, 0, Size);
        Stack!.Pop(Slots, Base);
        Stack = null;
        _onDataStack = false;
        StackTop -= Base;
        Slots = own;
        Base = 0;
    }

    /// <summary>Local slot <paramref name="index"/> (a local, cell or free variable).</summary>
    public ref PyObject? Local(int index) => ref Slots[Base + index].Value;

    public PyCode Code { get; }

    /// <summary>The function being run (null for module and class bodies).</summary>
    public PyFunction? Function { get; init; }
    public PyDict Globals { get; }
    public PyDict Builtins { get; }

    /// <summary>The namespace of module and class bodies (LOAD_NAME/STORE_NAME); null in functions.</summary>
    public PyDict? Locals { get; }

    public Frame? Back { get; private set; }

    /// <summary>Links a resumed generator frame under the frame resuming it.</summary>
    public Frame WithBack(Frame? back)
    {
        Back = back;
        return this;
    }
    public int Depth { get; }
    /// <summary>The array holding this frame's slots, which start at <see cref="Base"/>; <see cref="StackTop"/>
    /// is an index into it.</summary>
    public Slot[] Slots;
    public int Base;
    public int StackTop;
    public int Ip;

    /// <summary>The instruction being executed (for tracebacks).</summary>
    public int LastInstruction;

    /// <summary>For the __init__ frame of CALL_ALLOC_AND_ENTER_INIT: the new instance, which the call
    /// returns (once __init__ returned None).</summary>
    internal PyObject? InitSelf;

    /// <summary>The frame an Interpreter.Run started with: returning from it leaves the evaluation loop.</summary>
    internal bool IsEntry;

    /// <summary>The frame stopped at a YIELD_VALUE (rather than returning).</summary>
    public bool Yielded;

    /// <summary>The Python-visible frame object, once something asked for it.</summary>
    public PyFrameObject? FrameObject;

    /// <summary>An exception generator.throw() raises at the paused yield.</summary>
    public PyBaseException? PendingThrow;
}
