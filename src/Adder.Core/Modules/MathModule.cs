using System.Numerics;
using Adder.Runtime;

namespace Adder.Modules;

/// <summary>The math module.</summary>
public static class MathModule
{
    public static PyModule Create()
    {
        var m = new PyModule("math");
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        m.Set("nan", new PyFloat(double.NaN));
        m.Def("isqrt", (args, kw) =>
        {
            var n = Ops.Index(args[0]).AsBig;
            if (n.Sign < 0)
                throw Errors.Value("isqrt() argument must be nonnegative");
            return PyInt.From(IntegerSquareRoot(n));
        });
        Unary(m, "sqrt", x => x < 0 ? throw Errors.Value("math domain error") : Math.Sqrt(x));
        Unary(m, "exp", Math.Exp);
        Unary(m, "sin", Math.Sin);
        Unary(m, "cos", Math.Cos);
        Unary(m, "tan", Math.Tan);
        Unary(m, "atan", Math.Atan);
        Unary(m, "asin", Math.Asin);
        Unary(m, "acos", Math.Acos);
        Unary(m, "fabs", Math.Abs);
        Unary(m, "log10", x => x <= 0 ? throw Errors.Value("math domain error") : Math.Log10(x));
        Unary(m, "log2", x => x <= 0 ? throw Errors.Value("math domain error") : Math.Log2(x));
        m.Def("log", (args, kw) =>
        {
            double x = ToDouble(args[0]);
            if (x <= 0)
                throw Errors.Value("math domain error");
            return new PyFloat(args.Length > 1 ? Math.Log(x) / Math.Log(ToDouble(args[1])) : Math.Log(x));
        });
        m.Def("pow", (args, kw) => new PyFloat(Math.Pow(ToDouble(args[0]), ToDouble(args[1]))));
        m.Def("atan2", (args, kw) => new PyFloat(Math.Atan2(ToDouble(args[0]), ToDouble(args[1]))));
        m.Def("hypot", (args, kw) =>
        {
            double sum = 0;
            foreach (var a in args)
                sum += ToDouble(a) * ToDouble(a);
            return new PyFloat(Math.Sqrt(sum));
        });
        m.Def("copysign", (args, kw) => new PyFloat(Math.CopySign(ToDouble(args[0]), ToDouble(args[1]))));
        m.Def("floor", (args, kw) => Dunder(args[0], "__floor__") ?? (args[0] is PyInt ? args[0] : IntegerOf(Math.Floor(ToDouble(args[0])))));
        m.Def("ceil", (args, kw) => Dunder(args[0], "__ceil__") ?? (args[0] is PyInt ? args[0] : IntegerOf(Math.Ceiling(ToDouble(args[0])))));
        m.Def("trunc", (args, kw) => Dunder(args[0], "__trunc__") ?? (args[0] is PyInt ? args[0]
            : args[0] is PyFloat ? IntegerOf(Math.Truncate(ToDouble(args[0])))
            : throw Errors.Type($"type {args[0].Type.Name} doesn't define __trunc__ method")));
        m.Def("isnan", (args, kw) => PyBool.From(double.IsNaN(ToDouble(args[0]))));
        m.Def("isinf", (args, kw) => PyBool.From(double.IsInfinity(ToDouble(args[0]))));
        m.Def("isfinite", (args, kw) => PyBool.From(double.IsFinite(ToDouble(args[0]))));
        m.Def("isclose", (args, kw) =>
        {
            double a = ToDouble(args[0]), b = ToDouble(args[1]);
            return PyBool.From(a == b || Math.Abs(a - b) <= Math.Max(1e-09 * Math.Max(Math.Abs(a), Math.Abs(b)), 0.0));
        });
        m.Def("gcd", (args, kw) =>
        {
            BigInteger g = 0;
            foreach (var a in args)
                g = BigInteger.GreatestCommonDivisor(g, ((PyInt)a).AsBig);
            return PyInt.From(g);
        });
        m.Def("factorial", (args, kw) =>
        {
            if (args[0] is not PyInt n)
                throw Errors.Type("factorial() only accepts integral values");
            if (n.AsBig.Sign < 0)
                throw Errors.Value("factorial() not defined for negative values");
            BigInteger r = 1;
            for (long i = 2; i <= n.Value; i++)
                r *= i;
            return PyInt.From(r);
        });
        return m;
    }

    /// <summary>x.__floor__() and friends, for objects of classes that define them.</summary>
    private static PyObject? Dunder(PyObject x, string name) => x.Type.IsHeapType ? Ops.CallDunder(x, name) : null;

    private static void Unary(PyModule m, string name, Func<double, double> f) =>
        m.Def(name, (args, kw) => new PyFloat(f(ToDouble(args[0]))));

    private static PyObject IntegerOf(double d)
    {
        if (double.IsNaN(d))
            throw Errors.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(d))
            throw Errors.Raise(ExceptionTypes.OverflowError, "cannot convert float infinity to integer");
        return PyInt.From(new BigInteger(d));
    }

    private static double ToDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => PyInt.ToDouble(i),
        _ => throw Errors.Type($"must be real number, not {o.Type.Name}"),
    };

    /// <summary>The largest integer whose square is at most <paramref name="n"/>, by Newton's method from above.</summary>
    private static BigInteger IntegerSquareRoot(BigInteger n)
    {
        if (n < 2)
            return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x)
                return x;
            x = y;
        }
    }
}
