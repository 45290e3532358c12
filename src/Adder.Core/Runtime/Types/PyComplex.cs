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

    public PyComplex(double real, double imag)
        : this(new Complex(real, imag))
    {
    }

    /// <summary>repr(complex): "2j", "(1+2j)", each part formatted like repr(float) minus ".0" (complex_repr).</summary>
    public override string ToString()
    {
        double re = Value.Real, im = Value.Imaginary;
        if (re == 0 && !double.IsNegative(re))
            return FloatFormat.Format(im, 'r', 0) + "j";
        return "(" + FloatFormat.Format(re, 'r', 0) + FloatFormat.Format(im, 'r', 0, plus: true) + "j)";
    }

    /// <summary>A complex from a complex, float or int operand (ints too large for a float raise OverflowError).</summary>
    public static PyComplex? From(PyObject o) => o switch
    {
        PyComplex c => c,
        PyFloat f => new PyComplex(f.Value, 0.0),
        PyInt i => new PyComplex(PyInt.AsDouble(i), 0.0),
        _ => null,
    };

    /// <summary>Quotient as CPython computes it (complexobject.c: _Py_c_quot); null on division by zero.</summary>
    public static Complex? Quotient(Complex a, Complex b)
    {
        double absBr = Math.Abs(b.Real), absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0)
                return null;
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    private static Complex Product(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    public static PyObject? Binary(PyObject a, PyObject b, BinaryOperator op)
    {
        if (op is not (BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.TrueDivide or BinaryOperator.Power))
            return null;
        if (From(a) is not { } x || From(b) is not { } y)
            return null;
        Complex p = x.Value, q = y.Value;
        switch (op)
        {
            case BinaryOperator.Add: return new PyComplex(p.Real + q.Real, p.Imaginary + q.Imaginary);
            case BinaryOperator.Subtract: return new PyComplex(p.Real - q.Real, p.Imaginary - q.Imaginary);
            case BinaryOperator.Multiply: return new PyComplex(Product(p, q));
            case BinaryOperator.TrueDivide:
                return new PyComplex(Quotient(p, q) ?? throw Errors.ZeroDivision("complex division by zero"));
            default:
                return Power(p, q);
        }
    }

    /// <summary>complex ** complex (complexobject.c: complex_pow, c_powi, _Py_c_pow).</summary>
    private static PyComplex Power(Complex a, Complex b)
    {
        Complex? r;
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            long n = (long)b.Real;
            var u = PowU(a, n > 0 ? n : -n);
            r = n > 0 ? u : Quotient(Complex.One, u);
        }
        else if (b.Real == 0 && b.Imaginary == 0)
        {
            r = Complex.One;
        }
        else if (a.Real == 0 && a.Imaginary == 0)
        {
            r = b.Imaginary != 0 || b.Real < 0 ? null : Complex.Zero;
        }
        else
        {
            double vabs = double.Hypot(a.Real, a.Imaginary);
            double len = Math.Pow(vabs, b.Real);
            double at = Math.Atan2(a.Imaginary, a.Real);
            double phase = at * b.Real;
            if (b.Imaginary != 0)
            {
                len /= Math.Exp(at * b.Imaginary);
                phase += b.Imaginary * Math.Log(vabs);
            }
            r = new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
        }
        if (r is not { } result)
            throw Errors.ZeroDivision("0.0 to a negative or complex power");
        if (double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary))
            throw Errors.Raise(ExceptionTypes.OverflowError, "complex exponentiation");
        return new PyComplex(result);
    }

    private static Complex PowU(Complex x, long n)
    {
        Complex r = Complex.One, p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0)
                r = Product(r, p);
            mask <<= 1;
            p = Product(p, p);
        }
        return r;
    }

    /// <summary>abs(complex): hypot, with infinities winning over NaNs; OverflowError when it overflows.</summary>
    public static double Abs(Complex c)
    {
        double re = c.Real, im = c.Imaginary;
        if (double.IsInfinity(re) || double.IsInfinity(im))
            return double.PositiveInfinity;
        if (double.IsNaN(re) || double.IsNaN(im))
            return double.NaN;
        double r = double.Hypot(re, im);
        if (double.IsInfinity(r))
            throw Errors.Raise(ExceptionTypes.OverflowError, "absolute value too large");
        return r;
    }

    /// <summary>complex == x for an int, float or complex x (complex_richcompare); null for other types.</summary>
    public static bool? Equal(PyComplex a, PyObject b) => b switch
    {
        PyComplex c => a.Value.Real == c.Value.Real && a.Value.Imaginary == c.Value.Imaginary,
        PyFloat f => a.Value.Imaginary == 0 && a.Value.Real == f.Value,
        PyInt i => a.Value.Imaginary == 0 && Ops.Equal(new PyFloat(a.Value.Real), i),
        _ => null,
    };

    private static readonly string[] s_names = { "real", "imag" };

    /// <summary>A complex from a number, or from an object's __complex__, __float__ or __index__ (null when none).</summary>
    private static Complex? Number(PyObject o, bool first, out bool isComplex)
    {
        isComplex = false;
        if (o is PyComplex c && !o.Type.IsHeapType)
        {
            isComplex = true;
            return c.Value;
        }
        if (first && o.Type.Lookup("__complex__") is not null && Ops.CallDunder(o, "__complex__") is { } special)
        {
            isComplex = true;
            return special is PyComplex sc ? sc.Value : throw Errors.Type($"__complex__ returned non-complex (type {special.Type.Name})");
        }
        if (o is PyComplex sub)
        {
            isComplex = true;
            return sub.Value;
        }
        if (o is PyFloat or PyInt || o.Type.Lookup("__float__") is not null || o.Type.Lookup("__index__") is not null)
            return new Complex(((PyFloat)Ops.Call(PyFloat.TypeObject, new[] { o })).Value, 0);
        return null;
    }

    public static void Register(PyDict builtins)
    {
        builtins.Set("complex", TypeObject);
        TypeObject.NewWithKeywords = (cls, args, kwNames) =>
        {
            int nkw = kwNames?.Items.Length ?? 0;
            int npos = args.Length - nkw;
            if (args.Length > 2)
                throw Errors.Type($"complex() takes at most 2 arguments ({args.Length} given)");
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Bind("complex", args, kwNames?.Items, s_names, v);
            PyObject r = v[0] ?? PyInt.From(0), i = v[1]!;
            if (r is PyStr text)
            {
                if (i is not null)
                    throw Errors.Type("complex() can't take second arg if first is a string");
                return new PyComplex(ComplexParsing.Parse(text.Value) ?? throw Errors.Value("complex() arg is a malformed string"));
            }
            if (i is PyStr)
                throw Errors.Type("complex() second arg can't be a string");
            if (r is PyComplex && !r.Type.IsHeapType && i is null)
                return new PyComplex(((PyComplex)r).Value);
            var cr = Number(r, true, out bool crIsComplex) ?? throw Errors.Type($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
            if (i is null)
                return new PyComplex(cr);
            var ci = Number(i, false, out bool ciIsComplex) ?? throw Errors.Type($"complex() second argument must be a number, not '{i.Type.Name}'");
            double re = cr.Real, im = ci.Real;
            if (ciIsComplex)
                re -= ci.Imaginary;
            if (crIsComplex)
                im += cr.Imaginary;
            return new PyComplex(re, im);
        };
        TypeObject.Method("conjugate", (args, kw) =>
            new PyComplex(((PyComplex)args[0]).Value.Real, -((PyComplex)args[0]).Value.Imaginary), CallShape.NoArgs);
        TypeObject.Method("__getnewargs__", (args, kw) => new PyTuple(new PyObject[]
            { new PyFloat(((PyComplex)args[0]).Value.Real), new PyFloat(((PyComplex)args[0]).Value.Imaginary) }), CallShape.NoArgs);
    }
}
