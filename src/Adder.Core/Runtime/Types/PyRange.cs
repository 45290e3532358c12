namespace Adder.Runtime;

public sealed class PyRange : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("range").Final();

    public PyRange(long start, long stop, long step)
        : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }

    public long Length => Step > 0
        ? (Stop > Start ? (Stop - Start - 1) / Step + 1 : 0)
        : (Start > Stop ? (Start - Stop - 1) / -Step + 1 : 0);
}

/// <summary>Iterators over builtin sequences. <see cref="Next"/> returns null when exhausted (no exception).</summary>
public abstract class PyIterator : PyObject
{
    protected PyIterator(PyType type)
        : base(type)
    {
    }

    public abstract PyObject? Next();
}

public sealed class PyRangeIterator : PyIterator
{
    public static readonly PyType TypeObject = PyType.Builtin("range_iterator");

    private long _next;
    private long _remaining;
    private readonly long _step;

    public PyRangeIterator(PyRange range)
        : base(TypeObject)
    {
        _next = range.Start;
        _remaining = range.Length;
        _step = range.Step;
    }

    public override PyObject? Next()
    {
        if (_remaining <= 0)
            return null;
        _remaining--;
        long value = _next;
        _next += _step;
        return PyInt.From(value);
    }
}

public sealed class PySequenceIterator : PyIterator
{
    public static readonly PyType ListIteratorType = PyType.Builtin("list_iterator");
    public static readonly PyType TupleIteratorType = PyType.Builtin("tuple_iterator");
    public static readonly PyType StrIteratorType = PyType.Builtin("str_iterator");
    public static readonly PyType StrAsciiIteratorType = PyType.Builtin("str_ascii_iterator");
    public static readonly PyType BytesIteratorType = PyType.Builtin("bytes_iterator");
    public static readonly PyType ByteArrayIteratorType = PyType.Builtin("bytearray_iterator");
    public static readonly PyType MemoryIteratorType = PyType.Builtin("memory_iterator");

    private readonly PyObject _sequence;
    private int _index; // for str, a UTF-16 offset

    public PySequenceIterator(PyObject sequence, PyType type)
        : base(type)
    {
        _sequence = sequence;
    }

    /// <summary>3.11 iterates ASCII strings with a type of their own.</summary>
    public static PyType StrIteratorTypeFor(PyStr s) => System.Text.Ascii.IsValid(s.Value) ? StrAsciiIteratorType : StrIteratorType;

    public override PyObject? Next()
    {
        switch (_sequence)
        {
            case PyList l when _index < l.Items.Count:
                return l.Items[_index++];
            case PyTuple t when _index < t.Items.Length:
                return t.Items[_index++];
            case PyStr s when _index < s.Value.Length:
            {
                string c = CodePoints.At(s.Value, _index);
                _index += c.Length;
                return new PyStr(c);
            }
            case PyBytes b when _index < b.Value.Length:
                return PyInt.From(b.Value[_index++]);
            case PyByteArray a when _index < a.Count:
                return PyInt.From(a.Span[_index++]);
            default:
                return null;
        }
    }
}
