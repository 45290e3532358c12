using System.Globalization;
using System.Numerics;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>The methods of int and float beyond the operators (Objects/longobject.c, floatobject.c).</summary>
internal static class NumberMethods
{
    private static readonly string[] s_toBytesNames = { "length", "byteorder", "signed" };
    private static readonly string[] s_fromBytesNames = { "bytes", "byteorder", "signed" };

    public static void Register()
    {
        var integer = PyInt.TypeObject;
        NoArgs(integer, "bit_length", self => PyInt.From((long)BigInteger.Abs(I(self).AsBig).GetBitLength()));
        NoArgs(integer, "bit_count", self => PyInt.From(BitCount(I(self))));
        NoArgs(integer, "conjugate", self => Exact(I(self)));
        NoArgs(integer, "as_integer_ratio", self => new PyTuple(new PyObject[] { Exact(I(self)), PyInt.From(1) }));
        NoArgs(integer, "__trunc__", self => Exact(I(self)));
        NoArgs(integer, "__floor__", self => Exact(I(self)));
        NoArgs(integer, "__ceil__", self => Exact(I(self)));
        integer.Slot("__int__", (args, kw) => Exact(I(args[0])));
        integer.Slot("__index__", (args, kw) => Exact(I(args[0])));
        integer.Slot("__pos__", (args, kw) => Exact(I(args[0])));
        integer.Method("__round__", (args, kw) =>
        {
            if (args.Length > 2)
                throw Errors.Type($"__round__ expected at most 1 argument, got {args.Length - 1}");
            return args.Length == 2 ? RoundInt(I(args[0]), Ops.Index(args[1])) : Exact(I(args[0]));
        }, CallShape.FastCall);
        integer.Method("__format__", (args, kw) => SubclassStr(args) ?? new PyStr(FormatSpec.FormatInt(I(args[0]), SpecArg(args))), CallShape.OneArg);
        NoArgs(integer, "__getnewargs__", self => new PyTuple(new PyObject[] { Exact(I(self)) }));
        integer.Slot("__divmod__", (args, kw) => args[1] is PyInt ? Ops.DivMod(args[0], args[1]) : Ops.NotImplemented);
        integer.Slot("__rdivmod__", (args, kw) => args[1] is PyInt ? Ops.DivMod(args[1], args[0]) : Ops.NotImplemented);
        integer.Method("to_bytes", ToBytes);
        integer.SetAttribute("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", FromBytes)));

        var real = PyFloat.TypeObject;
        NoArgs(real, "is_integer", self => PyBool.From(double.IsFinite(F(self)) && Math.Floor(F(self)) == F(self)));
        NoArgs(real, "conjugate", self => Exact(self));
        NoArgs(real, "hex", self => new PyStr(FloatHex.ToHex(F(self))));
        real.Method("as_integer_ratio", (args, kw) =>
        {
            double v = ((PyFloat)args[0]).Value;
            if (double.IsInfinity(v))
                throw Errors.Raise(ExceptionTypes.OverflowError, "cannot convert Infinity to integer ratio");
            if (double.IsNaN(v))
                throw Errors.Value("cannot convert NaN to integer ratio");
            // v = mantissa * 2**exponent exactly; reduce the power of two.
            PyFloat.Decompose(v, out long mantissa, out int exponent);
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
        }, CallShape.NoArgs);
        NoArgs(real, "__trunc__", self => FloatToInt(Math.Truncate(F(self))));
        real.Slot("__int__", (args, kw) => FloatToInt(Math.Truncate(F(args[0]))));
        NoArgs(real, "__floor__", self => FloatToInt(Math.Floor(F(self))));
        NoArgs(real, "__ceil__", self => FloatToInt(Math.Ceiling(F(self))));
        real.Slot("__pos__", (args, kw) => Exact(args[0]));
        real.Method("__round__", (args, kw) =>
        {
            if (args.Length > 2)
                throw Errors.Type($"__round__ expected at most 1 argument, got {args.Length - 1}");
            return RoundFloat(F(args[0]), args.Length == 2 ? args[1] : PyNone.Instance);
        }, CallShape.FastCall);
        real.Method("__format__", (args, kw) => SubclassStr(args) ?? new PyStr(FormatSpec.FormatFloat(F(args[0]), SpecArg(args), "float")), CallShape.OneArg);
        NoArgs(real, "__getnewargs__", self => new PyTuple(new PyObject[] { Exact(self) }));
        real.Slot("__divmod__", (args, kw) => args[1] is PyInt or PyFloat ? Ops.DivMod(args[0], args[1]) : Ops.NotImplemented);
        real.Slot("__rdivmod__", (args, kw) => args[1] is PyInt or PyFloat ? Ops.DivMod(args[1], args[0]) : Ops.NotImplemented);
        real.SetAttribute("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type("float.fromhex() takes no keyword arguments");
            if (args.Length != 2)
                throw Errors.Type($"float.fromhex() takes exactly one argument ({args.Length - 1} given)");
            if (args[1] is not PyStr text)
                throw Errors.Type("bad argument type for built-in operation");
            var result = new PyFloat(FloatHex.Parse(text.Value));
            var cls = (PyType)args[0];
            return cls == PyFloat.TypeObject ? result : Ops.Call(cls, new PyObject[] { result });
        })));
        real.SetAttribute("__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", (args, kw) =>
        {
            if (args.Length != 2)
                throw Errors.Type($"float.__getformat__() takes exactly one argument ({args.Length - 1} given)");
            if (args[1] is not PyStr kind)
                throw Errors.Type($"__getformat__() argument must be str, not {Errors.TypeNameOrNone(args[1])}");
            if (kind.Value is not ("double" or "float"))
                throw Errors.Value("__getformat__() argument 1 must be 'double' or 'float'");
            return new PyStr("IEEE, little-endian");
        })));

        var complex = PyComplex.TypeObject;
        Operators(integer, o => o is PyInt, true);
        foreach (var (name, op) in new[] { ("and", BinaryOperator.And), ("or", BinaryOperator.Or), ("xor", BinaryOperator.Xor) })
        {
            string forward = "__" + name + "__", backward = "__r" + name + "__";
            PyBool.TypeObject.Slot(forward, (args, kw) => args[1] is PyInt ? Ops.Binary(args[0], args[1], op) ?? Ops.NotImplemented : Ops.NotImplemented);
            PyBool.TypeObject.Slot(backward, (args, kw) => args[1] is PyInt ? Ops.Binary(args[1], args[0], op) ?? Ops.NotImplemented : Ops.NotImplemented);
        }
        Operators(real, o => o is PyInt or PyFloat, false);
        Operators(complex, o => o is PyInt or PyFloat or PyComplex, false);
        complex.Method("__format__", (args, kw) => SubclassStr(args) ?? new PyStr(FormatSpec.FormatComplex(((PyComplex)args[0]).Value, SpecArg(args))), CallShape.OneArg);
        // complex has no floor division or modulo at all (not even slots returning NotImplemented).
        foreach (var name in new[] { "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__" })
            complex.Dict.Remove(name);
        // real and imag are read-only members of complex.
        complex.GetSet("real", o => new PyFloat(((PyComplex)o).Value.Real), (o, v) => throw Errors.Raise(ExceptionTypes.AttributeError, "readonly attribute"));
        complex.GetSet("imag", o => new PyFloat(((PyComplex)o).Value.Imaginary), (o, v) => throw Errors.Raise(ExceptionTypes.AttributeError, "readonly attribute"));
    }

    private static readonly (string Name, BinaryOperator Op)[] s_operators =
    {
        ("add", BinaryOperator.Add), ("sub", BinaryOperator.Subtract), ("mul", BinaryOperator.Multiply),
        ("truediv", BinaryOperator.TrueDivide), ("floordiv", BinaryOperator.FloorDivide), ("mod", BinaryOperator.Remainder),
        ("and", BinaryOperator.And), ("or", BinaryOperator.Or), ("xor", BinaryOperator.Xor),
        ("lshift", BinaryOperator.LShift), ("rshift", BinaryOperator.RShift),
    };

    private static readonly (string Name, CompareOp Op)[] s_comparisons =
    {
        ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__eq__", CompareOp.Eq),
        ("__ne__", CompareOp.Ne), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge),
    };

    /// <summary>The operator slots of int, float and complex: NotImplemented for operands of other types
    /// (int.__add__(1.5) is NotImplemented; 1 + 1.5 goes to float.__radd__).</summary>
    private static void Operators(PyType type, Func<PyObject, bool> accepts, bool bitwise)
    {
        foreach (var (name, op) in s_operators)
        {
            if (!bitwise && op is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor or BinaryOperator.LShift or BinaryOperator.RShift)
                continue;
            if (type == PyComplex.TypeObject && op is BinaryOperator.FloorDivide or BinaryOperator.Remainder)
                continue;
            string forward = "__" + name + "__", backward = "__r" + name + "__";
            type.Slot(forward, (args, kw) => accepts(args[1]) ? Ops.Binary(Plain(args[0]), args[1], op) ?? Ops.NotImplemented : Ops.NotImplemented);
            type.Slot(backward, (args, kw) => accepts(args[1]) ? Ops.Binary(args[1], Plain(args[0]), op) ?? Ops.NotImplemented : Ops.NotImplemented);
        }
        type.Slot("__pow__", (args, kw) =>
        {
            if (args.Length == 3 && args[2] is not PyNone)
                return TernaryPower(args[0], args[1], args[2], type);
            return accepts(args[1]) ? Ops.Binary(args[0], args[1], BinaryOperator.Power) ?? Ops.NotImplemented : Ops.NotImplemented;
        });
        type.Slot("__rpow__", (args, kw) =>
        {
            if (args.Length == 3 && args[2] is not PyNone)
                return TernaryPower(args[1], args[0], args[2], type);
            return accepts(args[1]) ? Ops.Binary(args[1], args[0], BinaryOperator.Power) ?? Ops.NotImplemented : Ops.NotImplemented;
        });
        foreach (var (name, op) in s_comparisons)
        {
            type.Slot(name, (args, kw) =>
            {
                var other = args[1];
                if (!accepts(other))
                    return Ops.NotImplemented;
                if (type == PyComplex.TypeObject && op is not (CompareOp.Eq or CompareOp.Ne))
                    return Ops.NotImplemented;
                return Ops.BuiltinCompare(args[0], other, op);
            });
        }
    }

    /// <summary>int's own slots treat a bool as the int it is (int.__or__(True, True) is 1).</summary>
    private static PyObject Plain(PyObject o) => o is PyBool b ? PyInt.From(b.Value) : o;

    /// <summary>pow(a, b, m) through one type's slot: the int result, NotImplemented, or the float/complex error.</summary>
    public static PyObject TernaryPower(PyObject a, PyObject b, PyObject m, PyType slotType)
    {
        if (slotType == PyInt.TypeObject)
            return a is PyInt x && b is PyInt y && m is PyInt z ? ModPow(x, y, z) : Ops.NotImplemented;
        if (slotType == PyFloat.TypeObject)
            throw Errors.Type("pow() 3rd argument not allowed unless all arguments are integers"); // float_pow checks the modulus first
        return a is PyInt or PyFloat or PyComplex && b is PyInt or PyFloat or PyComplex ? throw Errors.Value("complex modulo") : Ops.NotImplemented;
    }

    /// <summary>pow(base, exp, mod) for ints: negative exponents through the modular inverse.</summary>
    public static PyObject ModPow(PyInt baseArg, PyInt expArg, PyInt modArg)
    {
        var m = modArg.AsBig;
        if (m.IsZero)
            throw Errors.Value("pow() 3rd argument cannot be 0");
        var b = baseArg.AsBig;
        var e = expArg.AsBig;
        var absM = BigInteger.Abs(m);
        if (e.Sign < 0)
        {
            b = Inverse(b, absM) ?? throw Errors.Value("base is not invertible for the given modulus");
            e = -e;
        }
        b %= absM;
        if (b.Sign < 0)
            b += absM;
        var r = absM.IsOne ? BigInteger.Zero : BigInteger.ModPow(b, e, absM);
        if (!r.IsZero && m.Sign < 0)
            r += m;
        return PyInt.From(r);
    }

    private static BigInteger? Inverse(BigInteger a, BigInteger m)
    {
        a %= m;
        if (a.Sign < 0)
            a += m;
        BigInteger t = 0, newT = 1, r = m, newR = a;
        while (!newR.IsZero)
        {
            var q = r / newR;
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (r > 1)
            return null;
        return t.Sign < 0 ? t + m : t;
    }

    private static PyInt I(PyObject o) => (PyInt)o;

    private static double F(PyObject o) => ((PyFloat)o).Value;

    /// <summary>The value as an exact int or float (not a subclass instance).</summary>
    private static PyObject Exact(PyObject o) => o switch
    {
        PyInt i when i.Type == PyInt.TypeObject => i,
        PyInt i => i.IsBig ? PyInt.From(i.AsBig) : PyInt.From(i.Value),
        PyFloat f when f.Type == PyFloat.TypeObject => f,
        PyFloat f => new PyFloat(f.Value),
        _ => o,
    };

    private static PyInt Exact(PyInt i) => (PyInt)Exact((PyObject)i);

    private static void NoArgs(PyType type, string name, Func<PyObject, PyObject> body) =>
        type.Method(name, (args, kw) => body(args[0]), CallShape.NoArgs);

    /// <summary>format(x, "") of a subclass instance is str(x) (which may be overridden).</summary>
    private static PyObject? SubclassStr(ReadOnlySpan<PyObject> args) =>
        args.Length == 2 && args[1] is PyStr { Value.Length: 0 } && args[0].Type.IsHeapType ? new PyStr(Ops.Str(args[0])) : null;

    private static string SpecArg(ReadOnlySpan<PyObject> args) =>
        args[1] is PyStr s ? s.Value : throw Errors.Type($"__format__() argument must be str, not {Errors.TypeNameOrNone(args[1])}");

    private static long BitCount(PyInt i)
    {
        if (!i.IsBig)
            return BitOperations.PopCount(i.Value == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(i.Value));
        long count = 0;
        foreach (var b in BigInteger.Abs(i.AsBig).ToByteArray(isUnsigned: true))
            count += BitOperations.PopCount(b);
        return count;
    }

    /// <summary>An int from an integral double; OverflowError for infinities, ValueError for NaN.</summary>
    public static PyInt FloatToInt(double v)
    {
        if (double.IsNaN(v))
            throw Errors.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(v))
            throw Errors.Raise(ExceptionTypes.OverflowError, "cannot convert float infinity to integer");
        if (Math.Abs(v) < 9.2e18)
            return PyInt.From((long)v);
        return PyInt.From(new BigInteger(v));
    }

    /// <summary>round(int, ndigits): exact for ndigits >= 0, else to a multiple of 10**-ndigits, ties to even.</summary>
    public static PyInt RoundInt(PyInt value, PyObject ndigitsArg)
    {
        if (ndigitsArg is PyNone)
            return Exact(value);
        var ndigits = Ops.Index(ndigitsArg);
        if (ndigits.AsBig.Sign >= 0)
            return Exact(value);
        if (ndigits.AsBig < -100000000)
            throw Errors.Memory();
        var m = BigInteger.Pow(10, (int)-ndigits.AsBig);
        var x = value.AsBig;
        var q = BigInteger.DivRem(x, m, out var r);
        if (r.Sign < 0)
        {
            q -= 1;
            r += m;
        }
        int c = (r * 2).CompareTo(m);
        if (c > 0 || (c == 0 && !q.IsEven))
            q += 1;
        return PyInt.From(q * m);
    }

    /// <summary>round(float[, ndigits]) (floatobject.c: double_round, via correctly rounded decimal text).</summary>
    public static PyObject RoundFloat(double x, PyObject ndigitsArg)
    {
        if (ndigitsArg is PyNone)
        {
            double r = Math.Round(x, MidpointRounding.ToEven);
            return FloatToInt(r);
        }
        var nd = Ops.Index(ndigitsArg);
        // Beyond these every double is unchanged, or rounds to zero.
        if (nd.AsBig > 323)
            return new PyFloat(x);
        if (nd.AsBig < -308)
            return new PyFloat(0.0 * x);
        int ndigits = (int)nd.Value;
        if (x == 0 || !double.IsFinite(x))
            return new PyFloat(x);
        double a = Math.Abs(x);
        double result;
        if (ndigits >= 0)
        {
            string text = a.ToString("F" + ndigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            result = double.Parse(text, CultureInfo.InvariantCulture);
        }
        else
        {
            // a = mantissa * 2**exponent exactly; round a / 10**k to an integer, ties to even.
            PyFloat.Decompose(a, out long mantissa, out int exponent);
            BigInteger num = mantissa, den = BigInteger.Pow(10, -ndigits);
            if (exponent >= 0)
                num <<= exponent;
            else
                den <<= -exponent;
            var q = BigInteger.DivRem(num, den, out var rem);
            int c = (rem * 2).CompareTo(den);
            if (c > 0 || (c == 0 && !q.IsEven))
                q += 1;
            var rounded = q * BigInteger.Pow(10, -ndigits);
            if (rounded.GetBitLength() > 1024)
                throw Errors.Raise(ExceptionTypes.OverflowError, "rounded value too large to represent");
            try
            {
                result = PyInt.BigToDouble(rounded);
            }
            catch (PyException)
            {
                throw Errors.Raise(ExceptionTypes.OverflowError, "rounded value too large to represent");
            }
        }
        if (double.IsInfinity(result))
            throw Errors.Raise(ExceptionTypes.OverflowError, "rounded value too large to represent");
        return new PyFloat(x < 0 ? -result : result);
    }

    /// <summary>Binds (length=1, byteorder='big', *, signed=False) style arguments.</summary>
    private static bool ByteOrder(string function, PyObject? arg)
    {
        if (arg is null)
            return false;
        if (arg is not PyStr s)
            throw Errors.Type($"{function}() argument 'byteorder' must be str, not {Errors.TypeNameOrNone(arg)}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw Errors.Value("byteorder must be either 'little' or 'big'"),
        };
    }

    private static long AsSsize(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig)
            throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
        return i.Value;
    }

    private static PyObject ToBytes(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        var self = I(args[0]);
        Span<PyObject?> v = new PyObject?[3];
        ArgParser.Bind("to_bytes", args[1..], kwNames, s_toBytesNames, v, maxPositional: 2);
        long length = v[0] is null ? 1 : AsSsize(v[0]!);
        bool little = ByteOrder("to_bytes", v[1]);
        bool signed = v[2] is not null && Ops.IsTrue(v[2]!);
        if (length < 0)
            throw Errors.Value("length argument must be non-negative");
        var value = self.AsBig;
        if (!signed && value.Sign < 0)
            throw Errors.Raise(ExceptionTypes.OverflowError, "can't convert negative int to unsigned");
        byte[] raw = value.IsZero ? Array.Empty<byte>() : value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (value == BigInteger.MinusOne && length == 0)
            raw = Array.Empty<byte>();
        if (raw.Length > length)
            throw Errors.Raise(ExceptionTypes.OverflowError, "int too big to convert");
        if (length > int.MaxValue)
            throw Errors.Memory();
        var result = new byte[length];
        raw.CopyTo(result, 0);
        if (value.Sign < 0)
        {
            for (long i = raw.Length; i < length; i++)
                result[i] = 0xFF;
        }
        if (!little)
            Array.Reverse(result);
        return new PyBytes(result);
    }

    private static PyObject FromBytes(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        var cls = (PyType)args[0];
        Span<PyObject?> v = new PyObject?[3];
        ArgParser.Bind("from_bytes", args[1..], kwNames, s_fromBytesNames, v, required: 1, maxPositional: 2);
        bool little = ByteOrder("from_bytes", v[1]);
        bool signed = v[2] is not null && Ops.IsTrue(v[2]!);
        byte[] data = BytesOf(v[0]!);
        var copy = (byte[])data.Clone();
        if (!little)
            Array.Reverse(copy);
        var value = new BigInteger(copy, isUnsigned: !signed, isBigEndian: false);
        var result = PyInt.From(value);
        if (cls == PyInt.TypeObject)
            return result;
        if (cls == PyBool.TypeObject)
            return PyBool.From(!value.IsZero);
        return Ops.Call(cls, new PyObject[] { result });
    }

    /// <summary>bytes(x) for from_bytes: a buffer, or an iterable of ints in range(256).</summary>
    private static byte[] BytesOf(PyObject o)
    {
        if (BytesMethods.TryGetBuffer(o, out var span))
            return span.ToArray();
        if (o is PyStr or PyInt or PyNone or PyFloat)
            throw Errors.Type($"cannot convert '{o.Type.Name}' object to bytes");
        PyIterator it;
        try
        {
            it = Ops.GetIter(o);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            throw Errors.Type($"cannot convert '{o.Type.Name}' object to bytes");
        }
        var list = new List<byte>();
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            var i = Ops.Index(x);
            if (i.IsBig || i.Value < 0 || i.Value > 255)
                throw Errors.Value("bytes must be in range(0, 256)");
            list.Add((byte)i.Value);
        }
        return list.ToArray();
    }
}
