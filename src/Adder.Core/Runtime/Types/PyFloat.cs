using Adder.Common;

namespace Adder.Runtime;

public sealed class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float");

    public readonly double Value;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PyFloat(double value)
        : base(TypeObject)
    {
        Value = value;
    }

    /// <summary>A float whose type the caller has at hand (the evaluation loop: an operand's), sparing
    /// Native AOT's check that <see cref="TypeObject"/>'s class constructor has run.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyFloat(PyType exactFloat, double value)
        : base(exactFloat)
    {
        Value = value;
    }

    public override string ToString() => FloatFormat.Repr(Value);

    /// <summary>A finite double's magnitude as <paramref name="mantissa"/> * 2**<paramref name="exponent"/>, exactly
    /// (the 53-bit significand and unbiased exponent; subnormals included).</summary>
    public static void Decompose(double finite, out long mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(finite);
        exponent = (int)((bits >> 52) & 0x7FF);
        mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent = 1;
        else
            mantissa |= 1L << 52;
        exponent -= 1075;
    }
}
