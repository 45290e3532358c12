namespace Adder.Runtime.Interpreter;

/// <summary>
/// An executing code object: its locals followed by its value stack in one array, the instruction
/// pointer, and the caller. Python-to-Python calls link frames and stay in the same evaluation loop.
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
        Slots = new PyObject?[code.LocalsPlusCount + code.Stacksize];
        StackTop = code.LocalsPlusCount;
        Depth = back is null ? 1 : back.Depth + 1;
    }

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
    public readonly PyObject?[] Slots;
    public int StackTop;
    public int Ip;

    /// <summary>The instruction being executed (for tracebacks).</summary>
    public int LastInstruction;

    /// <summary>The frame stopped at a YIELD_VALUE (rather than returning).</summary>
    public bool Yielded;

    /// <summary>The Python-visible frame object, once something asked for it.</summary>
    public PyFrameObject? FrameObject;

    /// <summary>An exception generator.throw() raises at the paused yield.</summary>
    public PyBaseException? PendingThrow;
}
