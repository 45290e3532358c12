using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Adder.Runtime;

/// <summary>int: a machine word while the value fits, a BigInteger beyond.</summary>
public class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("int");

    private static readonly PyInt[] s_small = MakeSmall();

    public readonly long Value;

    public BigInteger? Big => this is PyBigInt big ? big.BigValue : null;

    protected PyInt(PyType type, long value)
        : base(type)
    {
        Value = value;
    }

    private static PyInt[] MakeSmall()
    {
        var small = new PyInt[262];
        for (int i = 0; i < small.Length; i++)
            small[i] = new PyInt(TypeObject, i - 5);
        return small;
    }

    /// <summary>An int, shared for -5..256 as in CPython (so <c>is</c> behaves the same).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long value) =>
        (ulong)(value + 5) < 262 ? s_small[value + 5] : new PyInt(TypeObject, value);

    public static PyInt From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyBigInt(value);

    public bool IsBig => this is PyBigInt;

    /// <summary>A new, unshared int object of the same value (for instances of subclasses).</summary>
    public static PyInt Fresh(PyInt v) => v is PyBigInt big ? new PyBigInt(big.BigValue) : new PyInt(TypeObject, v.Value);

    public BigInteger AsBig => this is PyBigInt big ? big.BigValue : Value;

    public override string ToString() => IntText.ToDecimal(this);

    /// <summary>x + y in <paramref name="sum"/>; false when it overflows a machine word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AddWords(long x, long y, out long sum)
    {
        sum = x + y;
        // Overflow iff both operands have the sign the result lacks.
        return ((x ^ sum) & (y ^ sum)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SubtractWords(long x, long y, out long difference)
    {
        difference = x - y;
        return ((x ^ y) & (x ^ difference)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MultiplyWords(long x, long y, out long product)
    {
        // Two 32-bit operands cannot overflow; Math.BigMul is a software routine on the baseline x64 that
        // Native AOT targets.
        if ((ulong)(x + 0x80000000) <= uint.MaxValue && (ulong)(y + 0x80000000) <= uint.MaxValue)
        {
            product = x * y;
            return true;
        }
        return Math.BigMul(x, y, out product) == product >> 63;
    }

    public static PyObject Add(PyInt a, PyInt b) =>
        !a.IsBig && !b.IsBig && AddWords(a.Value, b.Value, out long r) ? From(r) : From(a.AsBig + b.AsBig);

    public static PyObject Subtract(PyInt a, PyInt b) =>
        !a.IsBig && !b.IsBig && SubtractWords(a.Value, b.Value, out long r) ? From(r) : From(a.AsBig - b.AsBig);

    public static PyObject Multiply(PyInt a, PyInt b) =>
        !a.IsBig && !b.IsBig && MultiplyWords(a.Value, b.Value, out long r) ? From(r) : From(a.AsBig * b.AsBig);

    /// <summary>Floor division, rounding toward negative infinity.</summary>
    public static PyObject FloorDivide(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Value == 0)
            throw Errors.ZeroDivision(Errors.IntDivisionByZero);
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
            throw Errors.ZeroDivision(Errors.IntModuloByZero);
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
            return Ops.FloatPower(AsDouble(a), AsDouble(b));
        if (!a.IsBig && a.Value is 0 or 1)
            return a.Value == 0 && b.AsBig.IsZero ? From(1) : From(a.Value);
        if (!a.IsBig && a.Value == -1)
            return From(b.AsBig.IsEven ? 1 : -1);
        if (b.AsBig > int.MaxValue)
            throw Errors.Memory();
        int e = (int)b.AsBig;
        if (!a.IsBig && e < 64)
        {
            // Square and multiply in machine words while nothing overflows.
            long result = 1, x = a.Value;
            int n = e;
            bool ok = true;
            while (n > 0)
            {
                if ((n & 1) != 0)
                {
                    long high = Math.BigMul(result, x, out long low);
                    if (high != (low >> 63))
                    {
                        ok = false;
                        break;
                    }
                    result = low;
                }
                n >>= 1;
                if (n > 0)
                {
                    long high = Math.BigMul(x, x, out long low);
                    if (high != (low >> 63))
                    {
                        ok = false;
                        break;
                    }
                    x = low;
                }
            }
            if (ok)
                return From(result);
        }
        return From(BigInteger.Pow(a.AsBig, e));
    }

    /// <summary>a / b for ints, correctly rounded (longobject.c: long_true_divide).</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Value == 0)
            throw Errors.ZeroDivision(Errors.IntTrueDivisionByZero);
        const long Exact = 1L << 53;
        if (!a.IsBig && !b.IsBig && a.Value >= -Exact && a.Value <= Exact && b.Value >= -Exact && b.Value <= Exact)
            return (double)a.Value / b.Value;
        var x = a.AsBig;
        var y = b.AsBig;
        bool negative = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x);
        y = BigInteger.Abs(y);
        if (x.IsZero)
            return negative ? -0.0 : 0.0;
        long xBits = (long)x.GetBitLength(), yBits = (long)y.GetBitLength();
        long diff = xBits - yBits;
        if (diff > 1025)
            throw Errors.Raise(ExceptionTypes.OverflowError, "integer division result too large for a float");
        if (diff < -1080)
            return negative ? -0.0 : 0.0;
        // Scale so that the quotient has at least 55 bits, then round once.
        int shift = (int)(55 - diff);
        BigInteger q, r;
        if (shift >= 0)
            q = BigInteger.DivRem(x << shift, y, out r);
        else
            q = BigInteger.DivRem(x, y << -shift, out r);
        double d = RoundToDouble(q, !r.IsZero, -shift);
        if (double.IsInfinity(d))
            throw Errors.Raise(ExceptionTypes.OverflowError, "integer division result too large for a float");
        return negative ? -d : d;
    }

    /// <summary>The double nearest (q + inexact·ε)·2**exp2, ties to even, subnormals included; infinity on overflow.</summary>
    public static double RoundToDouble(BigInteger q, bool inexact, long exp2)
    {
        if (q.IsZero)
            return 0.0;
        long bits = (long)q.GetBitLength();
        long top = bits + exp2;
        if (top > 1025)
            return double.PositiveInfinity;
        long lsb = Math.Max(top - 53, -1074);
        long drop = lsb - exp2;
        BigInteger m;
        if (drop > 0)
        {
            m = q >> (int)drop;
            var rem = q - (m << (int)drop);
            var half = BigInteger.One << (int)(drop - 1);
            int c = rem.CompareTo(half);
            if (c > 0 || (c == 0 && (inexact || !m.IsEven)))
                m += 1;
        }
        else
        {
            m = q << (int)-drop;
        }
        if (lsb > 971 + 53)
            return double.PositiveInfinity;
        return Math.ScaleB((double)(long)m, (int)lsb);
    }

    public static PyObject LeftShift(PyInt a, PyInt b)
    {
        if (b.IsBig ? b.AsBig.Sign < 0 : b.Value < 0)
            throw Errors.Value("negative shift count");
        if (!a.IsBig && a.Value == 0)
            return From(0);
        if (!a.IsBig && !b.IsBig && b.Value < 63)
        {
            long r = a.Value << (int)b.Value;
            if (r >> (int)b.Value == a.Value)
                return From(r);
        }
        if (b.IsBig || b.Value > int.MaxValue / 2)
            throw Errors.Raise(ExceptionTypes.OverflowError, "too many digits in integer");
        return From(a.AsBig << (int)b.Value);
    }

    public static PyObject RightShift(PyInt a, PyInt b)
    {
        if (b.IsBig ? b.AsBig.Sign < 0 : b.Value < 0)
            throw Errors.Value("negative shift count");
        if (!a.IsBig)
            return From(b.IsBig || b.Value > 63 ? (a.Value < 0 ? -1 : 0) : a.Value >> (int)b.Value);
        if (b.IsBig || b.Value > int.MaxValue)
            return From(a.AsBig.Sign < 0 ? -1 : 0);
        return From(a.AsBig >> (int)b.Value);
    }

    /// <summary>The nearest float (ties to even), or OverflowError "int too large to convert to float".</summary>
    public static double AsDouble(PyInt a) => a.Big.HasValue ? BigToDouble(a.Big.Value) : a.Value;

    /// <summary>The nearest float (ties to even), infinity when the int is too large.</summary>
    public static double ToDouble(PyInt a)
    {
        if (!a.Big.HasValue)
            return a.Value;
        var big = a.Big.Value;
        double d = RoundToDouble(BigInteger.Abs(big), false, 0);
        return big.Sign < 0 ? -d : d;
    }

    public static double BigToDouble(BigInteger big)
    {
        if (big >= long.MinValue && big <= long.MaxValue)
            return (long)big;
        var abs = BigInteger.Abs(big);
        long bits = (long)abs.GetBitLength();
        if (bits > 1024)
            throw Errors.Raise(ExceptionTypes.OverflowError, "int too large to convert to float");
        double d = RoundToDouble(abs, false, 0);
        if (double.IsInfinity(d))
            throw Errors.Raise(ExceptionTypes.OverflowError, "int too large to convert to float");
        return big.Sign < 0 ? -d : d;
    }

    public static int Compare(PyInt a, PyInt b) =>
        !a.IsBig && !b.IsBig ? a.Value.CompareTo(b.Value) : a.AsBig.CompareTo(b.AsBig);
}

/// <summary>An int beyond a machine word (a subclass, so that the common int object is four words: header,
/// method table, type, value).</summary>
internal sealed class PyBigInt : PyInt
{
    public readonly BigInteger BigValue;

    public PyBigInt(BigInteger value)
        : base(TypeObject, 0)
    {
        BigValue = value;
    }
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
