using System.Numerics;

namespace Adder.Runtime;

/// <summary>range: start, stop, step and length as Python ints (Objects/rangeobject.c). The common case,
/// where all four fit in a long, keeps them as longs too (<see cref="IsSmall"/>).</summary>
public sealed class PyRange : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("range").Final();

    private readonly BigInteger? _bigStart, _bigStop, _bigStep, _bigLength;

    public PyRange(long start, long stop, long step)
        : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
        // The length, computed without overflow; a length beyond long makes the range a big one.
        ulong span;
        if (step > 0)
            span = stop > start ? ((ulong)stop - (ulong)start - 1) / (ulong)step + 1 : 0;
        else
            span = start > stop ? ((ulong)start - (ulong)stop - 1) / (0UL - (ulong)step) + 1 : 0;
        if (span <= long.MaxValue)
        {
            Length = (long)span;
            IsSmall = true;
        }
        else
        {
            _bigStart = start;
            _bigStop = stop;
            _bigStep = step;
            _bigLength = span;
        }
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
        : base(TypeObject)
    {
        var length = ComputeLength(start, stop, step);
        if (Fits(start) && Fits(stop) && Fits(step) && Fits(length))
        {
            Start = (long)start;
            Stop = (long)stop;
            Step = (long)step;
            Length = (long)length;
            IsSmall = true;
            return;
        }
        _bigStart = start;
        _bigStop = stop;
        _bigStep = step;
        _bigLength = length;
    }

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    private static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step) => step.Sign > 0
        ? (stop > start ? (stop - start - 1) / step + 1 : BigInteger.Zero)
        : (start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero);

    /// <summary>True when start, stop, step and length all fit in a long (then <see cref="Start"/> and
    /// friends hold them).</summary>
    public bool IsSmall { get; }

    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }

    /// <summary>The length of a small range.</summary>
    public long Length { get; }

    public BigInteger BigStart => _bigStart ?? Start;
    public BigInteger BigStop => _bigStop ?? Stop;
    public BigInteger BigStep => _bigStep ?? Step;
    public BigInteger BigLength => _bigLength ?? Length;

    public bool IsEmpty => IsSmall ? Length == 0 : _bigLength!.Value.IsZero;

    /// <summary>len(): OverflowError when it does not fit a Py_ssize_t.</summary>
    public long CheckedLength => IsSmall ? Length
        : _bigLength!.Value <= long.MaxValue ? (long)_bigLength.Value
        : throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");

    /// <summary>The item at <paramref name="i"/> (already known to be within 0..length).</summary>
    public PyObject ItemAt(BigInteger i) => PyInt.From(BigStart + i * BigStep);

    /// <summary>range[i] for an int index (negative from the end).</summary>
    public PyObject Item(PyInt index)
    {
        if (IsSmall && !index.IsBig)
        {
            long i = index.Value;
            if (i < 0)
                i += Length;
            if (i < 0 || i >= Length)
                throw Errors.Index("range object index out of range");
            return PyInt.From(Start + i * Step);
        }
        var bi = index.AsBig;
        var length = BigLength;
        if (bi.Sign < 0)
            bi += length;
        if (bi.Sign < 0 || bi >= length)
            throw Errors.Index("range object index out of range");
        return ItemAt(bi);
    }

    /// <summary>The position of an int in the range, or -1 (O(1)).</summary>
    public BigInteger PositionOf(PyInt value)
    {
        if (IsSmall && !value.IsBig)
        {
            long v = value.Value;
            if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop)
                return -1;
            // v - Start can overflow a long only when it is not in the range's span, which was excluded above.
            ulong offset = Step > 0 ? (ulong)v - (ulong)Start : (ulong)Start - (ulong)v;
            ulong step = Step > 0 ? (ulong)Step : 0UL - (ulong)Step;
            return offset % step == 0 ? (long)(offset / step) : -1;
        }
        var b = value.AsBig;
        var start = BigStart;
        var stop = BigStop;
        var st = BigStep;
        if (st.Sign > 0 ? b < start || b >= stop : b > start || b <= stop)
            return -1;
        var q = BigInteger.DivRem(b - start, st, out var rem);
        return rem.IsZero ? q : BigInteger.MinusOne;
    }

    public override string ToString()
    {
        if (IsSmall)
            return Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
        return BigStep.IsOne ? $"range({BigStart}, {BigStop})" : $"range({BigStart}, {BigStop}, {BigStep})";
    }

    /// <summary>An iterator going forwards, or backwards from the last item.</summary>
    public PyIterator Iterate(bool reverse)
    {
        if (IsSmall)
        {
            if (!reverse)
                return new PyRangeIterator(Start, Step, Length);
            if (Step != long.MinValue)
                return new PyRangeIterator(Length == 0 ? Start : Start + (Length - 1) * Step, -Step, Length);
        }
        var length = BigLength;
        return reverse
            ? new PyLongRangeIterator(BigStart + (length - 1) * BigStep, -BigStep, length)
            : new PyLongRangeIterator(BigStart, BigStep, length);
    }
}

/// <summary>Iterators over builtin sequences. <see cref="Next"/> returns null when exhausted (no exception).</summary>
public abstract class PyIterator : PyObject
{
    protected PyIterator(PyType type)
        : base(type)
    {
    }

    public abstract PyObject? Next();

    /// <summary>What __length_hint__ tells of the items left, or -1 when this iterator has no such method.</summary>
    public virtual long LengthHint => -1;

    /// <summary>The iterator protocol as Python sees it: __iter__ (the iterator itself) and __next__, and
    /// __length_hint__ when the type has one.</summary>
    internal static void AddProtocol(PyType type, bool lengthHint = false)
    {
        type.Slot("__iter__", (args, kw) => args[0]);
        type.Slot("__next__", (args, kw) =>
        {
            var it = (PyIterator)args[0];
            return it.Next() ?? throw new PyException(new PyBaseException(ExceptionTypes.StopIteration,
                it is PyGenerator { ReturnValue: { } rv and not PyNone } ? new PyTuple(new[] { rv }) : PyTuple.Empty));
        });
        if (lengthHint)
        {
            type.Method("__length_hint__", (args, kw) => PyInt.From(((PyIterator)args[0]).LengthHint), CallShape.NoArgs);
        }
    }
}

public sealed class PyRangeIterator : PyIterator
{
    public static readonly PyType TypeObject = PyType.Builtin("range_iterator");

    private long _next;
    private long _remaining;
    private readonly long _step;

    public PyRangeIterator(PyRange range)
        : this(range.Start, range.Step, range.Length)
    {
    }

    public PyRangeIterator(long start, long step, long length)
        : base(TypeObject)
    {
        _next = start;
        _remaining = length;
        _step = step;
    }

    public override long LengthHint => Math.Max(0, _remaining);

    public override PyObject? Next()
    {
        if (_remaining <= 0)
            return null;
        _remaining--;
        long value = _next;
        // The value after the last one may not fit; it is never used.
        _next = unchecked(_next + _step);
        return PyInt.From(value);
    }
}

/// <summary>An iterator over a range whose bounds do not fit in a long.</summary>
public sealed class PyLongRangeIterator : PyIterator
{
    public static readonly PyType TypeObject = PyType.Builtin("longrange_iterator");

    private BigInteger _next;
    private BigInteger _remaining;
    private readonly BigInteger _step;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length)
        : base(TypeObject)
    {
        _next = start;
        _step = step;
        _remaining = length;
    }

    public override long LengthHint => _remaining > long.MaxValue
        ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t")
        : (long)_remaining;

    public override PyObject? Next()
    {
        if (_remaining.Sign <= 0)
            return null;
        _remaining -= 1;
        var value = _next;
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

    private PyObject? _sequence;
    private int _index; // for str, a UTF-16 offset

    public PySequenceIterator(PyObject sequence, PyType type)
        : base(type)
    {
        _sequence = sequence;
    }

    /// <summary>3.11 iterates ASCII strings with a type of their own.</summary>
    public static PyType StrIteratorTypeFor(PyStr s) => System.Text.Ascii.IsValid(s.Value) ? StrAsciiIteratorType : StrIteratorType;

    public override long LengthHint => _sequence switch
    {
        PyList l => Math.Max(0, l.Items.Count - _index),
        PyTuple t => Math.Max(0, t.Items.Length - _index),
        PyStr s => s.Value.Length > _index ? CodePoints.Count(s.Value) - CodePoints.Index(s.Value, _index) : 0,
        PyBytes b => Math.Max(0, b.Value.Length - _index),
        PyByteArray a => Math.Max(0, a.Count - _index),
        null => 0,
        _ => -1,
    };

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
                string text = s.Value;
                char unit = text[_index];
                if (char.IsHighSurrogate(unit) && _index + 1 < text.Length && char.IsLowSurrogate(text[_index + 1]))
                {
                    _index += 2;
                    return new PyStr(text.Substring(_index - 2, 2));
                }
                _index++;
                return PyStr.OfChar(unit);
            }
            case PyBytes b when _index < b.Value.Length:
                return PyInt.From(b.Value[_index++]);
            case PyByteArray a when _index < a.Count:
                return PyInt.From(a.Span[_index++]);
            default:
                // An exhausted iterator stays exhausted, even if its list grows.
                if (_sequence is PyList or PyTuple or PyStr or PyBytes or PyByteArray)
                    _sequence = null;
                return null;
        }
    }
}
