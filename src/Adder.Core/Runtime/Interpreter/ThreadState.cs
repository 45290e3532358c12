namespace Adder.Runtime.Interpreter;

/// <summary>
/// What the interpreter keeps per thread (CPython's PyThreadState): the frame running, the exception being
/// handled, and the stack of frame slots (CPython's data stack): a call takes the slots of its locals and
/// value stack from the top of a large chunk and gives them back when it returns, so calls allocate no
/// arrays. A chunk that fills up is followed by another; frames are released in LIFO order.
/// </summary>
/// <remarks>The evaluation loop reads the thread-static once and then uses the object's fields: a
/// thread-static access costs a call into the runtime on Linux, too much for every Python call.</remarks>
public sealed class ThreadState
{
    private const int ChunkSize = 1 << 16;

    [ThreadStatic] private static ThreadState? t_current;

    /// <summary>The innermost frame running Python code on this thread (super(), sys._getframe...).</summary>
    public Frame? CurrentFrame;

    /// <summary>The exception being handled (sys.exc_info()), set by PUSH_EXC_INFO, restored by POP_EXCEPT.</summary>
    public PyBaseException? Handled;

    /// <summary>An exception Python code raised, on its way from the evaluation loop to its unwinding
    /// (no .NET exception is thrown for it); whether it is a re-raise (its traceback has the frame).</summary>
    internal PyBaseException? Raised;
    internal bool RaisedAgain;

    private readonly List<Slot[]> _chunks = new() { new Slot[ChunkSize] };
    private int _chunk;
    private int _top;

    public static ThreadState Current => t_current ??= new ThreadState();

    // Finished frames waiting to be reused (see Frame's remarks).
    private readonly Frame?[] _freeFrames = new Frame?[256];
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

    /// <summary>Takes <paramref name="size"/> slots: the array and where they start in it.</summary>
    public Slot[] Push(int size, out int start)
    {
        var chunk = _chunks[_chunk];
        if (_top + size > chunk.Length)
        {
            _chunk++;
            if (_chunk == _chunks.Count || _chunks[_chunk].Length < size)
            {
                var fresh = new Slot[Math.Max(ChunkSize, size)];
                if (_chunk == _chunks.Count)
                    _chunks.Add(fresh);
                else
                    _chunks[_chunk] = fresh;
            }
            chunk = _chunks[_chunk];
            _top = 0;
        }
        start = _top;
        _top += size;
        return chunk;
    }

    /// <summary>Gives back the slots from <paramref name="start"/> on (the most recent push), cleared.</summary>
    public void Pop(Slot[] array, int start)
    {
        while (!ReferenceEquals(_chunks[_chunk], array))
        {
            _chunk--;
            _top = _chunks[_chunk].Length;
        }
        Array.Clear(array, start, _top - start);
        _top = start;
    }
}
