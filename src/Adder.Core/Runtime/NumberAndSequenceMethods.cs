using System.Numerics;

namespace Adder.Runtime;

/// <summary>Methods of int and float, and the sequence helpers tuple, range and slice share.</summary>
internal static class NumberAndSequenceMethods
{
    public static void Register()
    {
        NumberMethods.Register();
        var real = PyFloat.TypeObject;
        real.Method("as_integer_ratio", (args, kw) =>
        {
            if (args.Length != 1)
                throw Errors.Type($"float.as_integer_ratio() takes no arguments ({args.Length - 1} given)");
            double v = ((PyFloat)args[0]).Value;
            if (double.IsInfinity(v))
                throw Errors.Raise(ExceptionTypes.OverflowError, "cannot convert Infinity to integer ratio");
            if (double.IsNaN(v))
                throw Errors.Value("cannot convert NaN to integer ratio");
            // v = mantissa * 2**exponent exactly; reduce the power of two.
            long bits = BitConverter.DoubleToInt64Bits(v);
            int exponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (exponent == 0)
                exponent = 1;
            else
                mantissa |= 1L << 52;
            exponent -= 1075;
            if (mantissa == 0)
                return new PyTuple(new PyObject[] { PyInt.From(0), PyInt.From(1) });
            while ((mantissa & 1) == 0 && exponent < 0)
            {
                mantissa >>= 1;
                exponent++;
            }
            var numerator = new BigInteger(v < 0 ? -mantissa : mantissa);
            var denominator = BigInteger.One;
            if (exponent > 0)
                numerator <<= exponent;
            else
                denominator <<= -exponent;
            return new PyTuple(new PyObject[] { PyInt.From(numerator), PyInt.From(denominator) });
        });

        var tuple = PyTuple.TypeObject;
        tuple.Method("index", (args, kw) => SequenceIndex(((PyTuple)args[0]).Items, args, "tuple.index(x): x not in tuple"));
        tuple.Method("count", (args, kw) => PyInt.From(Count(((PyTuple)args[0]).Items, args[1])));

        var range = PyRange.TypeObject;
        range.Method("count", (args, kw) => PyInt.From(RangePosition((PyRange)args[0], args[1]) >= 0 ? 1 : 0));
        range.Method("index", (args, kw) =>
        {
            long i = RangePosition((PyRange)args[0], args[1]);
            return i >= 0 ? PyInt.From(i) : throw Errors.Value($"{Ops.Repr(args[1])} is not in range");
        });

        PySlice.TypeObject.Method("indices", (args, kw) =>
        {
            var length = Ops.Index(args[1]);
            if (length.AsBig.Sign < 0)
                throw Errors.Value("length should not be negative");
            var (start, stop, step, _) = ((PySlice)args[0]).Indices(length.Value);
            return new PyTuple(new PyObject[] { PyInt.From(start), PyInt.From(stop), PyInt.From(step) });
        });
    }

    /// <summary>Where an int lies in a range, or -1 (O(1), as range.index is).</summary>
    private static long RangePosition(PyRange r, PyObject value)
    {
        if (value is not PyInt { IsBig: false } i)
            return -1;
        long offset = i.Value - r.Start;
        if (r.Step > 0 ? i.Value < r.Start || i.Value >= r.Stop : i.Value > r.Start || i.Value <= r.Stop)
            return -1;
        return offset % r.Step == 0 ? offset / r.Step : -1;
    }

    private static long Count(PyObject[] items, PyObject value)
    {
        long n = 0;
        foreach (var item in items)
        {
            if (Ops.Equal(item, value))
                n++;
        }
        return n;
    }

    /// <summary>seq.index(x[, start[, stop]]).</summary>
    private static PyObject SequenceIndex(PyObject[] items, ReadOnlySpan<PyObject> args, string missing)
    {
        long start = args.Length > 2 ? Clamp(Ops.Index(args[2]).Value, items.Length) : 0;
        long stop = args.Length > 3 ? Clamp(Ops.Index(args[3]).Value, items.Length) : items.Length;
        for (long i = start; i < stop; i++)
        {
            if (Ops.Equal(items[i], args[1]))
                return PyInt.From(i);
        }
        throw Errors.Value(missing);
    }

    private static long Clamp(long index, int length) => index < 0 ? Math.Max(0, index + length) : Math.Min(index, length);
}
