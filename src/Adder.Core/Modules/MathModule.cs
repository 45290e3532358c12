using System.Numerics;
using Adder.Runtime;

namespace Adder.Modules;

/// <summary>
/// The math module (Modules/mathmodule.c): functions of floats with CPython's error rules (a result
/// that is not a number for a number is "math domain error", an infinite one for a finite argument is
/// "math range error" where the function can overflow), and the exact integer functions.
/// </summary>
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

        Unary(m, "acos", Math.Acos);
        Unary(m, "acosh", Math.Acosh);
        Unary(m, "asin", Math.Asin);
        Unary(m, "asinh", Math.Asinh);
        Unary(m, "atan", Math.Atan);
        Unary(m, "atanh", Math.Atanh);
        Unary(m, "cos", Math.Cos);
        Unary(m, "cosh", Math.Cosh, canOverflow: true);
        Unary(m, "sin", Math.Sin);
        Unary(m, "sinh", Math.Sinh, canOverflow: true);
        Unary(m, "tan", Math.Tan);
        Unary(m, "tanh", Math.Tanh);
        Unary(m, "exp", Math.Exp, canOverflow: true);
        Unary(m, "exp2", x => Math.Pow(2, x), canOverflow: true);
        Unary(m, "expm1", Expm1, canOverflow: true);
        Unary(m, "fabs", Math.Abs);
        Unary(m, "sqrt", Math.Sqrt);
        Unary(m, "cbrt", Math.Cbrt);
        Unary(m, "log1p", Log1p);
        Unary(m, "erf", Erf);
        Unary(m, "erfc", Erfc);
        Unary(m, "gamma", Gamma, canOverflow: true);
        Unary(m, "lgamma", LogGamma, canOverflow: true);
        Unary(m, "degrees", x => x * (180.0 / Math.PI));
        Unary(m, "radians", x => x * (Math.PI / 180.0));

        m.Def("log", (args, kw) =>
        {
            if (args.Length is < 1 or > 2)
                throw Errors.Type($"log expected 1 or 2 arguments, got {args.Length}");
            double num = Log(args[0], Math.Log);
            return new PyFloat(args.Length == 2 ? Divide(num, Log(args[1], Math.Log)) : num);
        });
        m.Def("log2", (args, kw) => new PyFloat(Log(One(args, "log2"), Math.Log2)));
        m.Def("log10", (args, kw) => new PyFloat(Log(One(args, "log10"), Math.Log10)));
        m.Def("pow", (args, kw) =>
        {
            Two(args, "pow");
            double x = ToDouble(args[0]), y = ToDouble(args[1]);
            if (x == 0 && y < 0 && double.IsFinite(y))
                throw DomainError();
            if (x < 0 && double.IsFinite(x) && double.IsFinite(y) && Math.Floor(y) != y)
                throw DomainError();
            return new PyFloat(Checked(Math.Pow(x, y), double.IsFinite(x) && double.IsFinite(y), canOverflow: true));
        });
        m.Def("atan2", (args, kw) => new PyFloat(Math.Atan2(ToDouble(Two(args, "atan2")[0]), ToDouble(args[1]))));
        m.Def("copysign", (args, kw) => new PyFloat(Math.CopySign(ToDouble(Two(args, "copysign")[0]), ToDouble(args[1]))));
        m.Def("fmod", (args, kw) =>
        {
            double x = ToDouble(Two(args, "fmod")[0]), y = ToDouble(args[1]);
            if (double.IsInfinity(x) && !double.IsNaN(y) || y == 0 && !double.IsNaN(x))
                throw DomainError();
            return new PyFloat(x % y);
        });
        m.Def("remainder", (args, kw) =>
        {
            double x = ToDouble(Two(args, "remainder")[0]), y = ToDouble(args[1]);
            if (double.IsNaN(x) || double.IsNaN(y))
                return new PyFloat(double.NaN);
            if (double.IsInfinity(x) || y == 0)
                throw DomainError();
            return new PyFloat(double.IsInfinity(y) ? x : Math.IEEERemainder(x, y));
        });
        m.Def("ldexp", (args, kw) =>
        {
            double x = ToDouble(Two(args, "ldexp")[0]);
            var exp = args[1] as PyInt ?? throw Errors.Type("Expected an int as second argument to ldexp.");
            int e = exp.IsBig ? (exp.AsBig.Sign < 0 ? int.MinValue : int.MaxValue) : (int)Math.Clamp(exp.Value, int.MinValue, int.MaxValue);
            return new PyFloat(Checked(Math.ScaleB(x, e), double.IsFinite(x), canOverflow: true));
        });
        m.Def("frexp", (args, kw) =>
        {
            double x = ToDouble(One(args, "frexp"));
            if (x == 0 || !double.IsFinite(x))
                return new PyTuple(new PyObject[] { new PyFloat(x), PyInt.From(0) });
            int e = Math.ILogB(x) + 1;
            return new PyTuple(new PyObject[] { new PyFloat(Math.ScaleB(x, -e)), PyInt.From(e) });
        });
        m.Def("modf", (args, kw) =>
        {
            double x = ToDouble(One(args, "modf"));
            if (double.IsInfinity(x))
                return new PyTuple(new PyObject[] { new PyFloat(Math.CopySign(0, x)), new PyFloat(x) });
            double whole = Math.Truncate(x);
            return new PyTuple(new PyObject[] { new PyFloat(Math.CopySign(x - whole, x)), new PyFloat(whole) });
        });
        m.Def("nextafter", (args, kw) =>
        {
            double x = ToDouble(Two(args, "nextafter")[0]), y = ToDouble(args[1]);
            return new PyFloat(double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? y : x < y ? Math.BitIncrement(x) : Math.BitDecrement(x));
        });
        m.Def("ulp", (args, kw) =>
        {
            double x = Math.Abs(ToDouble(One(args, "ulp")));
            if (double.IsNaN(x) || double.IsInfinity(x))
                return new PyFloat(x);
            return new PyFloat(x == double.MaxValue ? x - Math.BitDecrement(x) : Math.BitIncrement(x) - x);
        });
        m.Def("hypot", (args, kw) =>
        {
            var values = new double[args.Length];
            for (int i = 0; i < args.Length; i++)
                values[i] = ToDouble(args[i]);
            return new PyFloat(Hypot(values));
        });
        m.Def("dist", (args, kw) =>
        {
            var p = Ops.UnpackSequenceAny(Two(args, "dist")[0]);
            var q = Ops.UnpackSequenceAny(args[1]);
            if (p.Length != q.Length)
                throw Errors.Value("both points must have the same number of dimensions");
            var d = new double[p.Length];
            for (int i = 0; i < p.Length; i++)
                d[i] = ToDouble(p[i]) - ToDouble(q[i]);
            return new PyFloat(Hypot(d));
        });
        m.Def("fsum", (args, kw) => new PyFloat(FSum(Ops.UnpackSequenceAny(One(args, "fsum")))));
        m.Def("prod", (args, kw) =>
        {
            PyObject result = BuiltinFunctions.KwArg(args, kw, "start") ?? PyInt.From(1);
            var it = Ops.GetIter(args[0]);
            for (var x = it.Next(); x is not null; x = it.Next())
                result = Ops.BinaryOp(result, x, (int)BinaryOperator.Multiply);
            return result;
        });
        m.Def("isnan", (args, kw) => PyBool.From(double.IsNaN(ToDouble(One(args, "isnan")))));
        m.Def("isinf", (args, kw) => PyBool.From(double.IsInfinity(ToDouble(One(args, "isinf")))));
        m.Def("isfinite", (args, kw) => PyBool.From(double.IsFinite(ToDouble(One(args, "isfinite")))));
        m.Def("isclose", (args, kw) =>
        {
            double a = ToDouble(args[0]), b = ToDouble(args[1]);
            double relTol = BuiltinFunctions.KwArg(args, kw, "rel_tol") is { } r ? ToDouble(r) : 1e-09;
            double absTol = BuiltinFunctions.KwArg(args, kw, "abs_tol") is { } t ? ToDouble(t) : 0.0;
            if (relTol < 0 || absTol < 0)
                throw Errors.Value("tolerances must be non-negative");
            if (a == b)
                return PyBool.True;
            if (double.IsInfinity(a) || double.IsInfinity(b))
                return PyBool.False;
            double diff = Math.Abs(b - a);
            return PyBool.From(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
        });

        m.Def("floor", (args, kw) => Dunder(One(args, "floor"), "__floor__") ?? (args[0] is PyInt i ? PyInt.From(i.AsBig) : IntegerOf(Math.Floor(ToDouble(args[0])))));
        m.Def("ceil", (args, kw) => Dunder(One(args, "ceil"), "__ceil__") ?? (args[0] is PyInt i ? PyInt.From(i.AsBig) : IntegerOf(Math.Ceiling(ToDouble(args[0])))));
        m.Def("trunc", (args, kw) => Dunder(One(args, "trunc"), "__trunc__") ?? (args[0] is PyInt ? args[0]
            : args[0] is PyFloat ? IntegerOf(Math.Truncate(ToDouble(args[0])))
            : throw Errors.Type($"type {args[0].Type.Name} doesn't define __trunc__ method")));
        m.Def("isqrt", (args, kw) =>
        {
            var n = Ops.Index(One(args, "isqrt")).AsBig;
            if (n.Sign < 0)
                throw Errors.Value("isqrt() argument must be nonnegative");
            return PyInt.From(IntegerSquareRoot(n));
        });
        m.Def("gcd", (args, kw) =>
        {
            BigInteger g = 0;
            foreach (var a in args)
                g = BigInteger.GreatestCommonDivisor(g, Ops.Index(a).AsBig);
            return PyInt.From(g);
        });
        m.Def("lcm", (args, kw) =>
        {
            BigInteger l = 1;
            foreach (var a in args)
            {
                var v = BigInteger.Abs(Ops.Index(a).AsBig);
                l = v.IsZero || l.IsZero ? 0 : l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        m.Def("factorial", (args, kw) =>
        {
            var n = Ops.Index(One(args, "factorial")).AsBig;
            if (n.Sign < 0)
                throw Errors.Value("factorial() not defined for negative values");
            if (n > 100000)
                throw Errors.Raise(ExceptionTypes.OverflowError, "factorial() argument should not exceed 9223372036854775807");
            BigInteger r = 1;
            for (long i = 2; i <= (long)n; i++)
                r *= i;
            return PyInt.From(r);
        });
        m.Def("comb", (args, kw) =>
        {
            var n = Ops.Index(Two(args, "comb")[0]).AsBig;
            var k = Ops.Index(args[1]).AsBig;
            if (n.Sign < 0)
                throw Errors.Value("n must be a non-negative integer");
            if (k.Sign < 0)
                throw Errors.Value("k must be a non-negative integer");
            if (k > n)
                return PyInt.From(0);
            if (k > n - k)
                k = n - k;
            BigInteger r = 1;
            for (BigInteger i = 1; i <= k; i++)
                r = r * (n - k + i) / i;
            return PyInt.From(r);
        });
        m.Def("perm", (args, kw) =>
        {
            if (args.Length is < 1 or > 2)
                throw Errors.Type($"perm expected at most 2 arguments, got {args.Length}");
            var n = Ops.Index(args[0]).AsBig;
            if (n.Sign < 0)
                throw Errors.Value("n must be a non-negative integer");
            var k = args.Length > 1 && args[1] is not PyNone ? Ops.Index(args[1]).AsBig : n;
            if (k.Sign < 0)
                throw Errors.Value("k must be a non-negative integer");
            if (k > n)
                return PyInt.From(0);
            BigInteger r = 1;
            for (BigInteger i = 0; i < k; i++)
                r *= n - i;
            return PyInt.From(r);
        });
        return m;
    }

    private static PyException DomainError() => Errors.Value("math domain error");

    private static PyException RangeError() => Errors.Raise(ExceptionTypes.OverflowError, "math range error");

    /// <summary>CPython's checks on a libm result (mathmodule.c: math_1).</summary>
    private static double Checked(double result, bool finiteArguments, bool canOverflow)
    {
        if (double.IsNaN(result) && finiteArguments)
            throw DomainError();
        if (double.IsInfinity(result) && finiteArguments)
            throw canOverflow ? RangeError() : DomainError();
        return result;
    }

    private static void Unary(PyModule m, string name, Func<double, double> f, bool canOverflow = false) =>
        m.Def(name, (args, kw) =>
        {
            double x = ToDouble(One(args, name));
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x))
                throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x))
                throw canOverflow ? RangeError() : DomainError();
            return new PyFloat(r);
        });

    private static PyObject One(ReadOnlySpan<PyObject> args, string name) =>
        args.Length == 1 ? args[0] : throw Errors.Type($"math.{name}() takes exactly one argument ({args.Length} given)");

    private static ReadOnlySpan<PyObject> Two(ReadOnlySpan<PyObject> args, string name) =>
        args.Length == 2 ? args : throw Errors.Type($"{name} expected 2 arguments, got {args.Length}");

    private static double Divide(double a, double b) => b == 0 ? throw Errors.ZeroDivision("float division by zero") : a / b;

    /// <summary>log of a float or of an int of any size (math_log's loghelper).</summary>
    private static double Log(PyObject x, Func<double, double> log)
    {
        if (x is PyInt i)
        {
            if (i.AsBig.Sign <= 0)
                throw DomainError();
            if (i.IsBig && PyInt.ToDouble(i) is var d && double.IsInfinity(d))
                return log(Math.E) * BigInteger.Log(i.AsBig);
        }
        double v = ToDouble(x);
        if (v <= 0 && !double.IsNaN(v))
            throw DomainError();
        return log(v);
    }

    /// <summary>log(1 + x) without the rounding of 1 + x (Goldberg's correction).</summary>
    private static double Log1p(double x)
    {
        if (x <= -1)
            return x == -1 ? double.NegativeInfinity : double.NaN;
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>exp(x) - 1 without cancellation near 0 (Kahan's correction).</summary>
    private static double Expm1(double x)
    {
        if (x >= 0.5 || x <= -40)
            return Math.Exp(x) - 1;
        double u = Math.Exp(x);
        if (u == 1)
            return x;
        double um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }

    private static double Hypot(double[] values)
    {
        double max = 0;
        bool nan = false;
        foreach (var v in values)
        {
            if (double.IsInfinity(v))
                return double.PositiveInfinity;
            nan |= double.IsNaN(v);
            max = Math.Max(max, Math.Abs(v));
        }
        if (nan)
            return double.NaN;
        if (max == 0)
            return 0;
        double sum = 0;
        foreach (var v in values)
        {
            double scaled = v / max;
            sum += scaled * scaled;
        }
        return max * Math.Sqrt(sum);
    }

    /// <summary>An exactly rounded sum (Shewchuk's partial sums, as math.fsum).</summary>
    private static double FSum(PyObject[] items)
    {
        var partials = new List<double>();
        double specialSum = 0;
        bool special = false;
        foreach (var item in items)
        {
            double x = ToDouble(item);
            if (!double.IsFinite(x))
            {
                special = true;
                specialSum += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                    (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0)
                    partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }
        if (special)
        {
            if (double.IsNaN(specialSum))
                throw Errors.Value("-inf + inf in fsum");
            return specialSum;
        }
        double total = 0;
        int n = partials.Count;
        if (n > 0)
        {
            total = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = total, y = partials[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0)
                    break;
            }
            // Round half-even correctly when the remaining partials push the sum across a halfway point.
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0))
            {
                double y = lo * 2, x = total + y;
                if (y == x - total)
                    total = x;
            }
        }
        return total;
    }

    /// <summary>erf: its Taylor series summed in decimal (28 digits, so the double result is right) below 3;
    /// beyond, 1 - erfc.</summary>
    private static double Erf(double x)
    {
        if (double.IsNaN(x))
            return x;
        double ax = Math.Abs(x);
        if (ax >= 3)
            return Math.CopySign(ax >= 6 ? 1 : 1 - ErfcContinuedFraction(ax), x);
        return Math.CopySign(ToDouble(ErfSeries(ExactDecimal(ax))), x);
    }

    private static double Erfc(double x)
    {
        if (double.IsNaN(x))
            return x;
        if (x >= 3)
            return ErfcContinuedFraction(x);
        if (x <= -6)
            return 2;
        return ToDouble(x < 0 ? 1 + ErfSeries(ExactDecimal(-x)) : 1 - ErfSeries(ExactDecimal(x)));
    }

    /// <summary>The double nearest a decimal (the cast does not always round correctly; parsing does).</summary>
    private static double ToDouble(decimal d) =>
        double.Parse(d.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A double as a decimal to 28 digits (the cast keeps only 15).</summary>
    private static decimal ExactDecimal(double x)
    {
        if (x == 0)
            return 0;
        PyFloat.Decompose(x, out long mantissa, out int exponent);
        decimal d = x < 0 ? -mantissa : mantissa;
        for (; exponent > 0; exponent--)
            d *= 2;
        for (; exponent < 0; exponent++)
            d /= 2;
        return d;
    }

    private static decimal ErfSeries(decimal x)
    {
        decimal x2 = x * x, term = x, sum = x;
        for (int n = 1; n < 200; n++)
        {
            term *= -x2 / n;
            decimal add = term / (2 * n + 1);
            sum += add;
            if (add == 0)
                break;
        }
        return sum * 1.1283791670955125738961589031m;
    }

    /// <summary>erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))) for x ≥ 3.</summary>
    private static double ErfcContinuedFraction(double x)
    {
        double f = x;
        for (int k = 80; k >= 1; k--)
            f = x + k / 2.0 / f;
        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }

    // The Lanczos approximation (g = 6.024680040776729583740234375 - 0.5, 13 terms) as a rational function.
    private const double LanczosG = 6.024680040776729583740234375;
    private static readonly double[] s_lanczosNumerator =
    {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static readonly double[] s_lanczosDenominator =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    private static double LanczosSum(double x)
    {
        double num = 0, den = 0;
        if (x < 5)
        {
            for (int i = 12; i >= 0; i--)
            {
                num = num * x + s_lanczosNumerator[i];
                den = den * x + s_lanczosDenominator[i];
            }
        }
        else
        {
            for (int i = 0; i < 13; i++)
            {
                num = num / x + s_lanczosNumerator[i];
                den = den / x + s_lanczosDenominator[i];
            }
        }
        return num / den;
    }

    /// <summary>Γ(x) by the Lanczos approximation Γ(x) = L(x) e^-y y^(x-1/2), y = x + g - 1/2, with the
    /// reflection formula for negative x (the method of mathmodule.c: m_tgamma). Poles are domain errors.</summary>
    private static double Gamma(double x)
    {
        if (double.IsNaN(x) || double.IsPositiveInfinity(x))
            return x;
        if (double.IsNegativeInfinity(x) || x == Math.Floor(x) && x <= 0)
            throw DomainError();
        if (x == Math.Floor(x) && x <= 23)
        {
            double f = 1;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
            return 1 / x;
        if (absx > 200)
            return x < 0 ? 0.0 / double.SinPi(x) : double.PositiveInfinity;
        const double gMinusHalf = LanczosG - 0.5;
        double y = absx + gMinusHalf;
        // The rounding error of y, carried into a correction term.
        double z = absx > gMinusHalf ? y - absx - gMinusHalf : y - gMinusHalf - absx;
        z = z * LanczosG / y;
        double r;
        if (x < 0)
        {
            r = -Math.PI / double.SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140)
            {
                r /= Math.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2 - 0.25);
                r = r / sqrtpow / sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140)
            {
                r *= Math.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2 - 0.25);
                r = r * sqrtpow * sqrtpow;
            }
        }
        return r;
    }

    private static double LogGamma(double x)
    {
        if (double.IsNaN(x))
            return x;
        if (double.IsInfinity(x))
            return double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2)
            return x <= 0 ? throw DomainError() : 0.0;
        double absx = Math.Abs(x);
        if (absx < 1e-20)
            return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0)
            r = Math.Log(Math.PI) - Math.Log(Math.Abs(double.SinPi(absx))) - Math.Log(absx) - r;
        return r;
    }

    /// <summary>x.__floor__() and friends, for objects of classes that define them.</summary>
    private static PyObject? Dunder(PyObject x, string name) => x.Type.IsHeapType ? Ops.CallDunder(x, name) : null;

    private static PyObject IntegerOf(double d)
    {
        if (double.IsNaN(d))
            throw Errors.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(d))
            throw Errors.Raise(ExceptionTypes.OverflowError, "cannot convert float infinity to integer");
        return PyInt.From(new BigInteger(d));
    }

    /// <summary>A float argument: a float, an int, or an object with __float__ or __index__.</summary>
    internal static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f:
                return f.Value;
            case PyInt i:
                double d = PyInt.ToDouble(i);
                return double.IsInfinity(d) ? throw Errors.Raise(ExceptionTypes.OverflowError, "int too large to convert to float") : d;
        }
        if (o.Type.IsHeapType && Ops.CallDunder(o, "__float__") is { } f2)
            return f2 is PyFloat pf ? pf.Value : throw Errors.Type($"{o.Type.Name}.__float__ returned non-float (type {f2.Type.Name})");
        if (o.Type.IsHeapType && o.Type.LookupOverride("__index__") is not null)
            return PyInt.ToDouble(Ops.Index(o));
        throw Errors.Type($"must be real number, not {o.Type.Name}");
    }

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
