namespace Adder.Runtime.Interpreter;

/// <summary>
/// What the interpreter keeps per thread (CPython's PyThreadState): the frame running, the exception being
/// handled, and finished frames kept for reuse (with their slot arrays), so that calls allocate nothing.
/// </summary>
/// <remarks>The evaluation loop reads the thread-static once and then uses the object's fields: a
/// thread-static access costs a call into the runtime on Linux, too much for every Python call.</remarks>
public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    /// <summary>The innermost frame running Python code on this thread (super(), sys._getframe...).</summary>
    public Frame? CurrentFrame;

    /// <summary>The exception being handled (sys.exc_info()), set by PUSH_EXC_INFO, restored by POP_EXCEPT.</summary>
    public PyBaseException? Handled;

    /// <summary>An exception Python code raised, on its way from the evaluation loop to its unwinding
    /// (no .NET exception is thrown for it); whether it is a re-raise (its traceback has the frame).</summary>
    internal PyBaseException? Raised;
    internal bool RaisedAgain;

    /// <summary>Evaluation loops running on this thread, one inside another (calls from C# into Python).</summary>
    internal int NestedLoops;

    public static ThreadState Current => t_current ??= new ThreadState();

    // Finished frames waiting to be reused (see Frame's remarks): enough for deep recursion.
    private readonly Frame?[] _freeFrames = new Frame?[1024];
    private int _freeCount;

    internal Frame? RentFrame()
    {
        if (_freeCount == 0)
            return null;
        var frame = _freeFrames[--_freeCount];
        _freeFrames[_freeCount] = null;
        return frame;
    }

    internal void ReturnFrame(Frame frame)
    {
        if (_freeCount < _freeFrames.Length)
            _freeFrames[_freeCount++] = frame;
    }
}
