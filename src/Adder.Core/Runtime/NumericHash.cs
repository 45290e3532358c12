using System.Numerics;

namespace Adder.Runtime;

/// <summary>
/// hash() of numbers as CPython computes it (Python/pyhash.c): the value modulo the prime 2**61 - 1, so
/// that equal numbers of different types (1, 1.0, 1+0j, Fraction(1)) hash alike; -1 is never a hash.
/// </summary>
public static class NumericHash
{
    public const long Modulus = (1L << 61) - 1;
    public const long Infinity = 314159;
    private const int Bits = 61;

    public static long Int(PyInt i)
    {
        if (!i.IsBig && i.Value != long.MinValue)
        {
            long v = i.Value;
            long r = Math.Abs(v) % Modulus;
            r = v < 0 ? -r : r;
            return r == -1 ? -2 : r;
        }
        var big = i.AsBig;
        long reduced = (long)(BigInteger.Abs(big) % Modulus);
        reduced = big.Sign < 0 ? -reduced : reduced;
        return reduced == -1 ? -2 : reduced;
    }

    /// <summary>A float's hash: the rational value modulo 2**61 - 1; NaNs hash by identity.</summary>
    public static long Double(double v, PyObject owner)
    {
        if (double.IsInfinity(v))
            return v > 0 ? Infinity : -Infinity;
        if (double.IsNaN(v))
            return Ops.IdentityHash(owner);
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18)
            return Int(PyInt.From((long)v));
        // v = m * 2**e with 0.5 <= |m| < 1: take m's bits 28 at a time, reducing as we go.
        int sign = v < 0 ? -1 : 1;
        double m = Math.Abs(v);
        int e = Math.ILogB(m) + 1;
        m = Math.ScaleB(m, -e);
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | (x >> (Bits - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus)
                x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | (x >> (Bits - e));
        long result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    public static long Complex(System.Numerics.Complex c, PyObject owner)
    {
        ulong real = (ulong)Double(c.Real, owner);
        ulong imag = (ulong)Double(c.Imaginary, owner);
        long combined = (long)(real + 1000003UL * imag);
        return combined == -1 ? -2 : combined;
    }
}
