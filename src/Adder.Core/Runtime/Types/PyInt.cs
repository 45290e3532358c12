using System.Globalization;
using System.Numerics;

namespace Adder.Runtime;

/// <summary>int: a machine word while the value fits, a BigInteger beyond.</summary>
public class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("int");

    private static readonly PyInt[] s_small = MakeSmall();

    public readonly long Value;
    public readonly BigInteger? Big;

    protected PyInt(PyType type, long value)
        : base(type)
    {
        Value = value;
    }

    private PyInt(BigInteger big)
        : base(TypeObject)
    {
        Big = big;
    }

    private static PyInt[] MakeSmall()
    {
        var small = new PyInt[262];
        for (int i = 0; i < small.Length; i++)
            small[i] = new PyInt(TypeObject, i - 5);
        return small;
    }

    /// <summary>An int, shared for -5..256 as in CPython (so <c>is</c> behaves the same).</summary>
    public static PyInt From(long value) =>
        (ulong)(value + 5) < 262 ? s_small[value + 5] : new PyInt(TypeObject, value);

    public static PyInt From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyInt(value);

    public bool IsBig => Big.HasValue;

    public BigInteger AsBig => Big ?? Value;

    public override string ToString() => IntText.ToDecimal(this);

    public static PyObject Add(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long r = a.Value + b.Value;
            // Overflow iff both operands have the sign the result lacks.
            if (((a.Value ^ r) & (b.Value ^ r)) >= 0)
                return From(r);
        }
        return From(a.AsBig + b.AsBig);
    }

    public static PyObject Subtract(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long r = a.Value - b.Value;
            if (((a.Value ^ b.Value) & (a.Value ^ r)) >= 0)
                return From(r);
        }
        return From(a.AsBig - b.AsBig);
    }

    public static PyObject Multiply(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long high = Math.BigMul(a.Value, b.Value, out long low);
            if (high == (low >> 63))
                return From(low);
        }
        return From(a.AsBig * b.AsBig);
    }

    /// <summary>Floor division, rounding toward negative infinity.</summary>
    public static PyObject FloorDivide(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Value == 0)
            throw Errors.ZeroDivision("integer division or modulo by zero");
        if (!a.IsBig && !b.IsBig && !(a.Value == long.MinValue && b.Value == -1))
        {
            long q = a.Value / b.Value;
            if ((a.Value % b.Value != 0) && ((a.Value < 0) != (b.Value < 0)))
                q--;
            return From(q);
        }
        var bq = BigInteger.DivRem(a.AsBig, b.AsBig, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.AsBig.Sign < 0))
            bq -= 1;
        return From(bq);
    }

    /// <summary>Modulo with the sign of the divisor.</summary>
    public static PyObject Modulo(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Value == 0)
            throw Errors.ZeroDivision("integer modulo by zero");
        if (!a.IsBig && !b.IsBig && b.Value != -1)
        {
            long r = a.Value % b.Value;
            if (r != 0 && (r < 0) != (b.Value < 0))
                r += b.Value;
            return From(r);
        }
        var br = BigInteger.Remainder(a.AsBig, b.AsBig);
        if (!br.IsZero && (br.Sign < 0) != (b.AsBig.Sign < 0))
            br += b.AsBig;
        return From(br);
    }

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.AsBig.Sign < 0)
            return new PyFloat(Math.Pow(ToDouble(a), ToDouble(b)));
        if (b.AsBig > int.MaxValue)
            throw Errors.Memory();
        return From(BigInteger.Pow(a.AsBig, (int)b.AsBig));
    }

    /// <summary>The nearest float (ties to even), or OverflowError "int too large to convert to float".</summary>
    public static double ToDouble(PyInt a) => a.Big.HasValue ? BigToDouble(a.Big.Value) : a.Value;

    public static double BigToDouble(BigInteger big)
    {
        if (big >= long.MinValue && big <= long.MaxValue)
            return (long)big;
        var abs = BigInteger.Abs(big);
        long bits = (long)abs.GetBitLength();
        if (bits > 1024)
            throw Errors.Raise(ExceptionTypes.OverflowError, "int too large to convert to float");
        // Keep 55 bits with a sticky bit below them: the long -> double conversion then rounds correctly.
        int shift = (int)(bits - 55);
        var top = abs >> shift;
        long t = (long)top;
        if (!(top << shift).Equals(abs))
            t |= 1;
        double d = Math.ScaleB((double)t, shift);
        if (double.IsInfinity(d))
            throw Errors.Raise(ExceptionTypes.OverflowError, "int too large to convert to float");
        return big.Sign < 0 ? -d : d;
    }

    public static int Compare(PyInt a, PyInt b) =>
        !a.IsBig && !b.IsBig ? a.Value.CompareTo(b.Value) : a.AsBig.CompareTo(b.AsBig);
}

/// <summary>bool: an int subclass with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    public static new readonly PyType TypeObject = PyType.Builtin("bool", PyInt.TypeObject).Final();
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long value)
        : base(TypeObject, value)
    {
    }

    public static PyBool From(bool value) => value ? True : False;

    public override string ToString() => Value != 0 ? "True" : "False";
}
