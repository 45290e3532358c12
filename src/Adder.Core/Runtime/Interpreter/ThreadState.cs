namespace Adder.Runtime.Interpreter;

/// <summary>
/// What the interpreter keeps per thread (CPython's PyThreadState): the frame running, the exception being
/// handled, and a frame a call depth, reused with its slot array, so that calls allocate nothing.
/// </summary>
/// <remarks>The evaluation loop reads the thread-static once and then uses the object's fields: a
/// thread-static access costs a call into the runtime on Linux, too much for every Python call.</remarks>
public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    /// <summary>sys.getrecursionlimit(), for every thread. Here rather than in the Interpreter class, whose
    /// static constructor would cost a check at each read.</summary>
    internal static int RecursionLimit = 1000;

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

    // Frames by call depth, reused by the next call at the same depth (see Frame's remarks): the
    // interpreter's data stack, one frame object a level.
    private Frame?[] _frames = new Frame?[64];

    /// <summary>A frame for a call at <paramref name="depth"/>: the one last used there, unless it is still
    /// running (a frame entered from C# counts its depth from 1 again) or escaped.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Frame FrameAt(int depth)
    {
        var frames = _frames;
        if ((uint)depth < (uint)frames.Length && frames[depth] is { IsReusable: true } frame)
            return frame;
        return NewFrameAt(depth);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Frame NewFrameAt(int depth)
    {
        if (depth >= _frames.Length)
            Array.Resize(ref _frames, Math.Max(depth + 1, _frames.Length * 2));
        return _frames[depth] = new Frame(depth);
    }
}
