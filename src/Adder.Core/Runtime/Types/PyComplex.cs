using System.Numerics;
using Adder.Common;

namespace Adder.Runtime;

public sealed class PyComplex : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("complex");

    public readonly Complex Value;

    public PyComplex(Complex value)
        : base(TypeObject)
    {
        Value = value;
    }

    /// <summary>repr(complex): "2j", "(1+2j)", with each part formatted like repr(float) minus ".0".</summary>
    public override string ToString()
    {
        double re = Value.Real, im = Value.Imaginary;
        string imag = FloatFormat.Repr(im, addDotZero: false) + "j";
        if (re == 0 && !double.IsNegative(re))
            return imag;
        string real = FloatFormat.Repr(re, addDotZero: false);
        string sign = im >= 0 || double.IsNaN(im) ? "+" : "";
        return "(" + real + sign + imag + ")";
    }

    public static PyComplex? From(PyObject o) => o switch
    {
        PyComplex c => c,
        PyFloat f => new PyComplex(new Complex(f.Value, 0)),
        PyInt i => new PyComplex(new Complex(PyInt.AsDouble(i), 0)),
        _ => null,
    };

    public static PyObject? Binary(PyObject a, PyObject b, BinaryOperator op)
    {
        if (From(a) is not { } x || From(b) is not { } y)
            return null;
        switch (op)
        {
            case BinaryOperator.Add: return new PyComplex(x.Value + y.Value);
            case BinaryOperator.Subtract: return new PyComplex(x.Value - y.Value);
            case BinaryOperator.Multiply: return new PyComplex(x.Value * y.Value);
            case BinaryOperator.TrueDivide:
                if (y.Value == Complex.Zero)
                    throw Errors.ZeroDivision("complex division by zero");
                return new PyComplex(x.Value / y.Value);
            case BinaryOperator.Power:
                if (y.Value == Complex.Zero)
                    return new PyComplex(Complex.One);
                if (x.Value == Complex.Zero)
                {
                    if (y.Value.Imaginary != 0 || y.Value.Real < 0)
                        throw Errors.ZeroDivision("0.0 to a negative or complex power");
                    return new PyComplex(Complex.Zero);
                }
                // Integral exponents multiply exactly, as CPython does for small ones.
                if (y.Value.Imaginary == 0 && y.Value.Real == Math.Floor(y.Value.Real) && Math.Abs(y.Value.Real) <= 100)
                {
                    var r = Complex.One;
                    for (int i = 0; i < Math.Abs((int)y.Value.Real); i++)
                        r *= x.Value;
                    return new PyComplex(y.Value.Real < 0 ? Complex.One / r : r);
                }
                return new PyComplex(Complex.Pow(x.Value, y.Value));
            default:
                return null;
        }
    }

    /// <summary>A complex from a number, or from an object's __complex__, __float__ or __index__.</summary>
    private static PyComplex? FromNumberProtocol(PyObject o)
    {
        if (!o.Type.IsHeapType)
            return From(o);
        if (Ops.CallDunder(o, "__complex__") is { } c)
            return c as PyComplex ?? throw Errors.Type($"__complex__ returned non-complex (type {c.Type.Name})");
        if (Ops.CallDunder(o, "__float__") is { } f)
            return f is PyFloat real ? new PyComplex(new Complex(real.Value, 0)) : throw Errors.Type($"{o.Type.Name}.__float__ returned non-float (type {f.Type.Name})");
        if (o.Type.LookupOverride("__index__") is not null)
            return new PyComplex(new Complex(PyInt.AsDouble(Ops.Index(o)), 0));
        return From(o);
    }

    public static void Register(PyDict builtins)
    {
        builtins.Set("complex", TypeObject);
        TypeObject.New = (cls, args) =>
        {
            double re = 0, im = 0;
            if (args.Length > 0)
            {
                var first = FromNumberProtocol(args[0]) ?? throw Errors.Type($"complex() first argument must be a string or a number, not '{args[0].Type.Name}'");
                re = first.Value.Real;
                im = first.Value.Imaginary;
            }
            if (args.Length > 1)
            {
                var second = FromNumberProtocol(args[1]) ?? throw Errors.Type($"complex() second argument must be a number, not '{args[1].Type.Name}'");
                re -= second.Value.Imaginary;
                im += second.Value.Real;
            }
            return new PyComplex(new Complex(re, im));
        };
        TypeObject.Method("conjugate", (args, kw) => new PyComplex(Complex.Conjugate(((PyComplex)args[0]).Value)));
    }
}
