using System.Numerics;

namespace Adder.Runtime;

/// <summary>Methods of tuple, range and slice (after int, float and complex: <see cref="NumberMethods"/>), and the
/// sequence helpers they share.</summary>
internal static class NumberAndSequenceMethods
{
    public static void Register()
    {
        NumberMethods.Register();
        var tuple = PyTuple.TypeObject;
        tuple.Method("index", (args, kw) =>
        {
            var items = ((PyTuple)args[0]).Items;
            var (start, stop) = IndexArguments(args, items.Length);
            for (long i = start; i < stop && i < items.Length; i++)
            {
                if (Ops.Equal(items[i], args[1]))
                    return PyInt.From(i);
            }
            throw Errors.Value("tuple.index(x): x not in tuple");
        }, CallShape.FastCall);
        tuple.Method("count", (args, kw) =>
        {
            var value = args[1];
            var items = ((PyTuple)args[0]).Items;
            long n = 0;
            for (int i = 0; i < items.Length; i++)
            {
                if (Ops.Equal(items[i], value))
                    n++;
            }
            return PyInt.From(n);
        }, CallShape.OneArg);

        var range = PyRange.TypeObject;
        range.New = (cls, args) => NewRange(args);
        range.Method("count", (args, kw) =>
        {
            var value = args[1];
            var r = (PyRange)args[0];
            if (IsExactInt(value))
                return PyInt.From(r.PositionOf((PyInt)value).Sign >= 0 ? 1 : 0);
            long n = 0;
            var it = r.Iterate(reverse: false);
            for (var x = it.Next(); x is not null; x = it.Next())
            {
                if (Ops.Equal(x, value))
                    n++;
            }
            return PyInt.From(n);
        }, CallShape.OneArg);
        range.Method("index", (args, kw) =>
        {
            var value = args[1];
            var r = (PyRange)args[0];
            if (IsExactInt(value))
            {
                var i = r.PositionOf((PyInt)value);
                return i.Sign >= 0 ? PyInt.From(i) : throw Errors.Value($"{Ops.Repr(value)} is not in range");
            }
            long n = 0;
            var it = r.Iterate(reverse: false);
            for (var x = it.Next(); x is not null; x = it.Next(), n++)
            {
                if (Ops.Equal(x, value))
                    return PyInt.From(n);
            }
            throw Errors.Value("sequence.index(x): x not in sequence");
        }, CallShape.OneArg);

        PySlice.TypeObject.Method("indices", (args, kw) =>
        {
            var arg = args[1];
            var length = Ops.Index(arg).AsBig;
            if (length.Sign < 0)
                throw Errors.Value("length should not be negative");
            var (start, stop, step) = ((PySlice)args[0]).BigIndices(length);
            return new PyTuple(new PyObject[] { PyInt.From(start), PyInt.From(stop), PyInt.From(step) });
        }, CallShape.OneArg);
    }

    /// <summary>An int or bool (not a subclass of int): what range searches arithmetically.</summary>
    internal static bool IsExactInt(PyObject o) => o is PyInt && (ReferenceEquals(o.Type, PyInt.TypeObject) || o is PyBool);

    /// <summary>range(stop), range(start, stop[, step]).</summary>
    private static PyRange NewRange(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0)
            throw Errors.Type("range expected at least 1 argument, got 0");
        if (args.Length > 3)
            throw Errors.Type($"range expected at most 3 arguments, got {args.Length}");
        PyInt start, stop, step;
        if (args.Length == 1)
        {
            stop = Ops.Index(args[0]);
            start = PyInt.From(0);
            step = PyInt.From(1);
        }
        else
        {
            start = Ops.Index(args[0]);
            stop = Ops.Index(args[1]);
            step = args.Length == 3 ? Ops.Index(args[2]) : PyInt.From(1);
            if (!step.IsBig && step.Value == 0)
                throw Errors.Value("range() arg 3 must not be zero");
        }
        if (!start.IsBig && !stop.IsBig && !step.IsBig)
            return new PyRange(start.Value, stop.Value, step.Value);
        return new PyRange(start.AsBig, stop.AsBig, step.AsBig);
    }

    /// <summary>range == range: the same sequence of values (rangeobject.c: range_equals).</summary>
    internal static bool RangeEquals(PyRange a, PyRange b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (a.IsSmall && b.IsSmall)
        {
            if (a.Length != b.Length)
                return false;
            if (a.Length == 0)
                return true;
            if (a.Start != b.Start)
                return false;
            return a.Length == 1 || a.Step == b.Step;
        }
        var length = a.BigLength;
        if (length != b.BigLength)
            return false;
        if (length.IsZero)
            return true;
        if (a.BigStart != b.BigStart)
            return false;
        return length.IsOne || a.BigStep == b.BigStep;
    }

    /// <summary>hash(range): of (len, start, step), with None for what does not matter (rangeobject.c: range_hash).</summary>
    internal static PyTuple RangeHashKey(PyRange r)
    {
        var length = r.BigLength;
        var items = new PyObject[3];
        items[0] = PyInt.From(length);
        items[1] = length.IsZero ? PyNone.Instance : PyInt.From(r.BigStart);
        items[2] = length.IsZero || length.IsOne ? PyNone.Instance : PyInt.From(r.BigStep);
        return new PyTuple(items);
    }

    internal static void NoKeywords(string qualifiedName, PyObject[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.Type($"{qualifiedName}() takes no keyword arguments");
    }

    /// <summary>The start and stop of seq.index(x[, start[, stop]]), clamped to 0..length (the value is args[1]).</summary>
    internal static (long Start, long Stop) IndexArguments(ReadOnlySpan<PyObject> args, int length)
    {
        if (args.Length < 2)
            throw Errors.Type("index expected at least 1 argument, got 0");
        if (args.Length > 4)
            throw Errors.Type($"index expected at most 3 arguments, got {args.Length - 1}");
        long start = args.Length > 2 ? Clamp(SliceIndex(args[2]), length) : 0;
        long stop = args.Length > 3 ? Clamp(SliceIndex(args[3]), length) : length;
        return (start, stop);
    }

    /// <summary>A start or stop argument, huge values clamped (ceval.c: _PyEval_SliceIndexNotNone).</summary>
    private static long SliceIndex(PyObject o)
    {
        PyInt i;
        if (o is PyInt direct)
            i = direct;
        else if (o.Type.IsHeapType && o.Type.LookupOverride("__index__") is not null)
            i = Ops.Index(o);
        else
            throw Errors.Type("slice indices must be integers or have an __index__ method");
        return i.IsBig ? (i.AsBig.Sign < 0 ? long.MinValue : long.MaxValue) : i.Value;
    }

    private static long Clamp(long index, int length) => index < 0 ? Math.Max(0, index + (long)length) : Math.Min(index, length);
}
