using System.Numerics;

namespace Adder.Runtime;

public sealed class PySlice : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("slice").Final();

    public PySlice(PyObject start, PyObject stop, PyObject step)
        : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public PyObject Start { get; }
    public PyObject Stop { get; }
    public PyObject Step { get; }

    /// <summary>start, stop, step and length for a sequence of <paramref name="length"/> (Objects/sliceobject.c: PySlice_GetIndicesEx).</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = Step is PyNone ? 1 : Index(Step);
        if (step == long.MinValue)
            step = -long.MaxValue;
        if (step == 0)
            throw Errors.Value("slice step cannot be zero");
        var (start, stop, count) = AdjustIndices(Start is PyNone ? null : Index(Start), Stop is PyNone ? null : Index(Stop), step, length);
        return (start, stop, step, count);
    }

    /// <summary>Bounds (null: None) of a slice with a non-zero <paramref name="step"/> clamped to a sequence of
    /// <paramref name="length"/>, and the slice's length (Objects/sliceobject.c: PySlice_AdjustIndices).</summary>
    internal static (long Start, long Stop, long Count) AdjustIndices(long? start, long? stop, long step, long length)
    {
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long first = start is { } a ? Clamp(a, length, lower, upper) : step < 0 ? upper : lower;
        long last = stop is { } b ? Clamp(b, length, lower, upper) : step < 0 ? lower : upper;
        long count = step > 0 ? (last > first ? (last - first - 1) / step + 1 : 0) : (first > last ? (first - last - 1) / -step + 1 : 0);
        return (first, last, count);
    }

    private static long Clamp(long i, long length, long lower, long upper)
    {
        if (i < 0)
        {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    /// <summary>A slice bound as a long, huge values clamped (ceval.c: _PyEval_SliceIndex).</summary>
    private static long Index(PyObject o) => o switch
    {
        PyInt i => i.IsBig ? (i.AsBig.Sign < 0 ? long.MinValue : long.MaxValue) : i.Value,
        _ when o.Type.IsHeapType && o.Type.LookupOverride("__index__") is not null => Index(Ops.Index(o)),
        _ => throw Errors.Type("slice indices must be integers or None or have an __index__ method"),
    };

    private static BigInteger BigIndex(PyObject o) => o switch
    {
        PyInt i => i.AsBig,
        _ when o.Type.IsHeapType && o.Type.LookupOverride("__index__") is not null => Ops.Index(o).AsBig,
        _ => throw Errors.Type("slice indices must be integers or None or have an __index__ method"),
    };

    /// <summary>start, stop and step for a sequence of <paramref name="length"/>, as Python ints
    /// (Objects/sliceobject.c: _PySlice_GetLongIndices, what slice.indices and range slicing use).</summary>
    public (BigInteger Start, BigInteger Stop, BigInteger Step) BigIndices(BigInteger length)
    {
        BigInteger step = Step is PyNone ? BigInteger.One : BigIndex(Step);
        if (step.IsZero)
            throw Errors.Value("slice step cannot be zero");
        bool negative = step.Sign < 0;
        BigInteger lower = negative ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = negative ? length - 1 : length;
        BigInteger start = Start is PyNone ? (negative ? upper : lower) : BigClamp(BigIndex(Start), length, lower, upper);
        BigInteger stop = Stop is PyNone ? (negative ? lower : upper) : BigClamp(BigIndex(Stop), length, lower, upper);
        return (start, stop, step);
    }

    private static BigInteger BigClamp(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (i.Sign < 0)
        {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    public override string ToString() => $"slice({Ops.Repr(Start)}, {Ops.Repr(Stop)}, {Ops.Repr(Step)})";
}
