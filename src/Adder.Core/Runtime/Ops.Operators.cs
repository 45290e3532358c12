using System.Runtime.InteropServices;

namespace Adder.Runtime;

/// <summary>BINARY_OP's argument (CPython's NB_* order); in-place forms are these plus 13.</summary>
public enum BinaryOperator
{
    Add, And, FloorDivide, LShift, MatrixMultiply, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
}

/// <summary>COMPARE_OP's argument, in CPython's order.</summary>
public enum CompareOp
{
    Lt, Le, Eq, Ne, Gt, Ge,
}

public static partial class Ops
{
    private static readonly string[] s_symbols = { "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^" };
    private static readonly string[] s_compareSymbols = { "<", "<=", "==", "!=", ">", ">=" };
    private static readonly string[] s_inPlaceDunders =
    {
        "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__",
        "__irshift__", "__isub__", "__itruediv__", "__ixor__",
    };

    /// <summary>BINARY_OP: <paramref name="op"/> 0..12, or 13..25 for the in-place forms.</summary>
    public static PyObject BinaryOp(PyObject a, PyObject b, int op)
    {
        bool inplace = op >= 13;
        var kind = (BinaryOperator)(inplace ? op - 13 : op);
        if (inplace && (!a.Type.IsHeapType || a.Type.LookupOverride(s_inPlaceDunders[(int)kind]) is null) && BuiltinInPlace(a, b, kind) is { } updated)
            return updated;
        var result = a.Type.IsHeapType || b.Type.IsHeapType ? UserBinary(a, b, kind, inplace) ?? Binary(a, b, kind) : Binary(a, b, kind);
        return result ?? throw UnsupportedOperands(a, b, kind, inplace);
    }

    /// <summary>The TypeError of a op b that nothing implements.</summary>
    private static PyException UnsupportedOperands(PyObject a, PyObject b, BinaryOperator kind, bool inplace)
    {
        string symbol = kind == BinaryOperator.Power && !inplace ? "** or pow()" : s_symbols[(int)kind] + (inplace ? "=" : "");
        if (kind == BinaryOperator.Add && IsSequence(a))
            return ConcatError(a, b);
        if (kind == BinaryOperator.Multiply && (IsSequence(a) || IsSequence(b)))
            return Errors.Type($"can't multiply sequence by non-int of type '{(IsSequence(a) ? b : a).Type.Name}'");
        return Errors.Type($"unsupported operand type(s) for {symbol}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes or PyByteArray;

    /// <summary>The TypeError of seq + b when the builtin sequence cannot concatenate b.</summary>
    internal static PyException ConcatError(PyObject seq, PyObject b) => Errors.Type(seq switch
    {
        PyStr => $"can only concatenate str (not \"{b.Type.Name}\") to str",
        PyList => $"can only concatenate list (not \"{b.Type.Name}\") to list",
        PyTuple => $"can only concatenate tuple (not \"{b.Type.Name}\") to tuple",
        _ => $"can't concat {b.Type.Name} to {seq.Type.Name}",
    });

    /// <summary>a op b for builtin operands (their __add__ and friends), or null when they do not support it.</summary>
    internal static PyObject? Binary(PyObject a, PyObject b, BinaryOperator op)
    {
        // str % args first: the numeric tests below against int's class hierarchy cost more than it.
        if (op == BinaryOperator.Remainder && a is PyStr text)
            return new PyStr(PercentFormatter.Format(text.Value, b));
        if (a is PyBool x && b is PyBool y && op is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            return PyBool.From(op switch
            {
                BinaryOperator.And => (x.Value & y.Value) != 0,
                BinaryOperator.Or => (x.Value | y.Value) != 0,
                _ => (x.Value ^ y.Value) != 0,
            });
        }
        if (a is PyInt ia && b is PyInt ib)
            return IntBinary(ia, ib, op);
        if ((a is PyFloat || a is PyInt) && (b is PyFloat || b is PyInt))
            return FloatBinary(ToDouble(a), ToDouble(b), op);
        if ((a is PyComplex || b is PyComplex) && PyComplex.Binary(a, b, op) is { } complex)
            return complex;
        switch (op)
        {
            case BinaryOperator.Add:
                if (a is PyStr sa && b is PyStr sb)
                    return new PyStr(sa.Value + sb.Value);
                if (a is PyList la && b is PyList lb)
                {
                    var items = new List<PyObject>(la.Items.Count + lb.Items.Count);
                    items.AddRange(la.Items);
                    items.AddRange(lb.Items);
                    return new PyList(items);
                }
                if (a is PyTuple ta && b is PyTuple tb)
                    return new PyTuple(ta.Items.Concat(tb.Items).ToArray());
                if (a is PyBytes or PyByteArray && BytesMethods.TryGetBuffer(b, out _))
                    return BytesMethods.Concat(a, b);
                break;
            case BinaryOperator.Multiply:
                if (b is PyInt times && a is PyBytes or PyByteArray)
                    return BytesMethods.Repeat(a, times);
                if (a is PyInt times2 && b is PyBytes or PyByteArray)
                    return BytesMethods.Repeat(b, times2);
                if (b is PyInt count && a is PyStr or PyList or PyTuple)
                    return Repeat(a, count);
                if (a is PyInt count2 && b is PyStr or PyList or PyTuple)
                    return Repeat(b, count2);
                // A sequence repeats by any object with __index__ (sq_repeat takes nb_index).
                if (a is PyStr or PyList or PyTuple && b.Type.IsHeapType && b.Type.LookupOverride("__index__") is not null)
                    return Repeat(a, Index(b));
                if (b is PyStr or PyList or PyTuple && a.Type.IsHeapType && a.Type.LookupOverride("__index__") is not null)
                    return Repeat(b, Index(a));
                break;
            case BinaryOperator.Remainder:
                if (a is PyBytes or PyByteArray)
                {
                    byte[] formatted = PercentFormatter.FormatBytes(BytesMethods.Data(a), b);
                    return a is PyByteArray ? new PyByteArray(formatted) : new PyBytes(formatted);
                }
                break;
            case BinaryOperator.Or when PyUnionType.CanJoin(a) && PyUnionType.CanJoin(b) && (a is not PyNone || b is not PyNone):
                return PyUnionType.Of(a, b);
            case BinaryOperator.Or or BinaryOperator.And or BinaryOperator.Subtract or BinaryOperator.Xor when a is PySet xa && b is PySet:
                return SetAndDictMethods.SetOperation(xa, b, op);
            case BinaryOperator.Or or BinaryOperator.And or BinaryOperator.Subtract or BinaryOperator.Xor
                when (a is PyDictView { ViewKind: not PyDictView.Kind.Values } || b is PyDictView { ViewKind: not PyDictView.Kind.Values }) && SetAndDictMethods.ViewOperation(a, b, op) is { } viewResult:
                return viewResult;
            case BinaryOperator.Or when a is PyDict da && b is PyDict db:
            {
                var merged = new PyDict();
                foreach (var (k, v) in da.Items())
                    merged.Set(k, v);
                foreach (var (k, v) in db.Items())
                    merged.Set(k, v);
                return merged;
            }
        }
        return null;
    }

    /// <summary>The in-place operators of the mutable builtins (list.__iadd__, set.__ior__...): the left
    /// operand changes and is the result. Null when the operation is not an in-place one.</summary>
    internal static PyObject? BuiltinInPlace(PyObject a, PyObject b, BinaryOperator op)
    {
        switch (a)
        {
            case PyByteArray array when op == BinaryOperator.Add:
                array.Splice(array.Count, 0, BytesMethods.TryGetBuffer(b, out var added) ? added.ToArray()
                    : throw Errors.Type($"can't concat {b.Type.Name} to bytearray"));
                return array;
            case PyByteArray array when op == BinaryOperator.Multiply && b is PyInt times:
            {
                var repeated = (PyByteArray)BytesMethods.Repeat(array, times);
                array.Splice(0, array.Count, repeated.Span);
                return array;
            }
            case PyList list when op == BinaryOperator.Add:
                list.Items.AddRange(b is PyList same && ReferenceEquals(same, list) ? list.Items.ToArray() : UnpackSequenceAny(b));
                return list;
            case PyList list when op == BinaryOperator.Multiply && b is PyInt:
            {
                long n = Math.Max(0, IndexSized((PyInt)b));
                if (n > 0 && list.Items.Count > 0 && n > int.MaxValue / list.Items.Count)
                    throw Errors.Memory();
                var copy = list.Items.ToArray();
                if (n == 0)
                    list.Items.Clear();
                for (long i = 1; i < n; i++)
                    list.Items.AddRange(copy);
                return list;
            }
            case PySet set when !set.IsFrozen && b is PySet && op is BinaryOperator.Or or BinaryOperator.And or BinaryOperator.Subtract or BinaryOperator.Xor:
                SetAndDictMethods.SetOperationInPlace(set, b, op);
                return set;
            case PyDict dict when op == BinaryOperator.Or:
                Builtins.UpdateDict(dict, b);
                return dict;
        }
        return null;
    }

    /// <summary>divmod(a, b): __divmod__/__rdivmod__, or the quotient and remainder of numbers.</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if ((a.Type.IsHeapType || b.Type.IsHeapType) && UserBinaryNamed(a, b, DivmodDunders) is { } user)
            return user;
        switch (a, b)
        {
            case (PyInt x, PyInt y):
                if (!y.IsBig && y.Value == 0)
                    throw Errors.ZeroDivision(Errors.IntDivisionByZero);
                return new PyTuple(new[] { PyInt.FloorDivide(x, y), PyInt.Modulo(x, y) });
            case (PyInt or PyFloat, PyInt or PyFloat):
            {
                double x = ToDouble(a), y = ToDouble(b);
                if (y == 0)
                    throw Errors.ZeroDivision("float divmod()");
                double q = FloatFloorDivMod(x, y, out double m);
                return new PyTuple(new PyObject[] { new PyFloat(q), new PyFloat(m) });
            }
        }
        throw Errors.Type($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>An int as a Py_ssize_t (PyNumber_AsSsize_t with OverflowError): huge values do not fit.</summary>
    internal static long IndexSized(PyInt count) => count.IsBig
        ? throw Errors.Raise(ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer")
        : count.Value;

    /// <summary>Fills <paramref name="target"/> with copies of <paramref name="source"/> (<c>[x] * n</c> is one
    /// fill, not n copies of one element).</summary>
    private static void Repeat(ReadOnlySpan<PyObject> source, Span<PyObject> target)
    {
        if (source.Length == 1)
        {
            target.Fill(source[0]);
            return;
        }
        for (int at = 0; at < target.Length; at += source.Length)
            source.CopyTo(target[at..]);
    }

    private static PyObject Repeat(PyObject seq, PyInt count)
    {
        long n = Math.Max(0, IndexSized(count));
        long length = Length(seq);
        if (n > 0 && length > 0 && n > int.MaxValue / length)
            throw Errors.Memory();
        switch (seq)
        {
            case PyStr s:
            {
                string text = s.Value;
                if (n == 0 || text.Length == 0)
                    return new PyStr("");
                if (text.Length == 1)
                    return new PyStr(new string(text[0], (int)n));
                return new PyStr(string.Create(checked((int)n * text.Length), text, static (span, text) =>
                {
                    for (int at = 0; at < span.Length; at += text.Length)
                        text.CopyTo(span[at..]);
                }));
            }
            case PyList l:
            {
                var items = new List<PyObject>((int)(n * length));
                CollectionsMarshal.SetCount(items, (int)(n * length));
                Repeat(CollectionsMarshal.AsSpan(l.Items), CollectionsMarshal.AsSpan(items));
                return new PyList(items);
            }
            default:
            {
                var t = (PyTuple)seq;
                var items = new PyObject[n * length];
                Repeat(t.Items, items);
                return new PyTuple(items);
            }
        }
    }

    private static string PercentFormat(string format, PyObject args)
    {
        var values = args is PyTuple t ? t.Items : new[] { args };
        var sb = new System.Text.StringBuilder();
        int next = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            char spec = format[++i];
            if (spec == '%')
            {
                sb.Append('%');
                continue;
            }
            if (next >= values.Length)
                throw Errors.Type("not enough arguments for format string");
            var v = values[next++];
            sb.Append(spec switch
            {
                's' => Str(v),
                'r' => Repr(v),
                'd' or 'i' => v is PyFloat f ? Invariant((long)Math.Truncate(f.Value)) : Str(v),
                _ => throw Errors.Value($"unsupported format character '{spec}' (0x{(int)spec:x}) at index {i}"),
            });
        }
        if (next < values.Length)
            throw Errors.Type("not all arguments converted during string formatting");
        return sb.ToString();
    }

    /// <summary>x op y for doubles, as IEEE compares: anything with a NaN is false (but !=).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Holds(CompareOp op, double x, double y) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Whether comparison <paramref name="op"/> holds between values whose order is <paramref name="sign"/>
    /// (negative: less, zero: equal, positive: greater), without branches: bit (sign + 1) of the comparison's
    /// mask (Lt 1, Le 3, Eq 2, Ne 5, Gt 4, Ge 6, a nibble each; CPython's when_to_jump_mask).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Holds(CompareOp op, int sign) => ((0x645231 >> ((int)op * 4 + Math.Sign(sign) + 1)) & 1) != 0;

    internal static double ToDouble(PyObject o) => o is PyFloat f ? f.Value : PyInt.AsDouble((PyInt)o);

    /// <summary>The message of the ZeroDivisionError that dividing int or float <paramref name="a"/> by a zero
    /// <paramref name="b"/> raises (null when b is not zero or the operator is not a division), so that the
    /// interpreter can raise it without a .NET exception.</summary>
    internal static string? DivisionByZero(PyObject a, PyObject b, BinaryOperator op)
    {
        bool ints = ReferenceEquals(b.Type, PyInt.TypeObject) && ReferenceEquals(a.Type, PyInt.TypeObject);
        bool zero = ReferenceEquals(b.Type, PyFloat.TypeObject) ? ((PyFloat)b).Value == 0
            : ReferenceEquals(b.Type, PyInt.TypeObject) && !((PyInt)b).IsBig && ((PyInt)b).Value == 0;
        if (!zero)
            return null;
        return op switch
        {
            BinaryOperator.FloorDivide => ints ? Errors.IntDivisionByZero : Errors.FloatFloorDivisionByZero,
            BinaryOperator.Remainder => ints ? Errors.IntModuloByZero : Errors.FloatModuloByZero,
            BinaryOperator.TrueDivide => ints ? Errors.IntTrueDivisionByZero : Errors.FloatDivisionByZero,
            _ => null,
        };
    }

    internal static PyObject? IntBinary(PyInt a, PyInt b, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add: return PyInt.Add(a, b);
            case BinaryOperator.Subtract: return PyInt.Subtract(a, b);
            case BinaryOperator.Multiply: return PyInt.Multiply(a, b);
            case BinaryOperator.FloorDivide: return PyInt.FloorDivide(a, b);
            case BinaryOperator.Remainder: return PyInt.Modulo(a, b);
            case BinaryOperator.Power: return PyInt.Power(a, b);
            case BinaryOperator.TrueDivide: return new PyFloat(PyInt.TrueDivide(a, b));
            case BinaryOperator.And:
                return !a.IsBig && !b.IsBig ? PyInt.From(a.Value & b.Value) : PyInt.From(a.AsBig & b.AsBig);
            case BinaryOperator.Or:
                return !a.IsBig && !b.IsBig ? PyInt.From(a.Value | b.Value) : PyInt.From(a.AsBig | b.AsBig);
            case BinaryOperator.Xor:
                return !a.IsBig && !b.IsBig ? PyInt.From(a.Value ^ b.Value) : PyInt.From(a.AsBig ^ b.AsBig);
            case BinaryOperator.LShift: return PyInt.LeftShift(a, b);
            case BinaryOperator.RShift: return PyInt.RightShift(a, b);
            default: return null;
        }
    }

    internal static PyObject? FloatBinary(double a, double b, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(a + b);
            case BinaryOperator.Subtract: return new PyFloat(a - b);
            case BinaryOperator.Multiply: return new PyFloat(a * b);
            case BinaryOperator.TrueDivide:
                if (b == 0)
                    throw Errors.ZeroDivision(Errors.FloatDivisionByZero);
                return new PyFloat(a / b);
            case BinaryOperator.FloorDivide:
                if (b == 0)
                    throw Errors.ZeroDivision(Errors.FloatFloorDivisionByZero);
                return new PyFloat(FloatFloorDivMod(a, b, out _));
            case BinaryOperator.Remainder:
            {
                if (b == 0)
                    throw Errors.ZeroDivision(Errors.FloatModuloByZero);
                double mod = a % b;
                if (mod != 0)
                {
                    if ((b < 0) != (mod < 0))
                        mod += b;
                }
                else
                {
                    mod = Math.CopySign(0.0, b);
                }
                return new PyFloat(mod);
            }
            case BinaryOperator.Power: return FloatPower(a, b);
            default: return null;
        }
    }

    /// <summary>Python's float floor division and modulo (floatobject.c: _float_div_mod).</summary>
    internal static double FloatFloorDivMod(double vx, double wx, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
                floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return floordiv;
    }

    /// <summary>float ** float (floatobject.c: float_pow): C99 special cases, a complex result for a
    /// negative base and a fractional exponent, OverflowError when a finite result overflows.</summary>
    internal static PyObject FloatPower(double iv, double iw)
    {
        if (iw == 0)
            return new PyFloat(1.0);
        if (double.IsNaN(iv))
            return new PyFloat(iv);
        if (double.IsNaN(iw))
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0)
                return new PyFloat(1.0);
            return new PyFloat((iw > 0) == (iv > 1.0) ? double.PositiveInfinity : 0.0);
        }
        bool odd = Math.IEEERemainder(iw, 2.0) is 1.0 or -1.0 && Math.Floor(iw) == iw;
        if (double.IsInfinity(iv))
        {
            if (iw > 0)
                return new PyFloat(odd ? iv : Math.Abs(iv));
            return new PyFloat(odd ? Math.CopySign(0.0, iv) : 0.0);
        }
        if (iv == 0)
        {
            if (iw < 0)
                throw Errors.ZeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(odd ? iv : 0.0);
        }
        if (iv < 0 && Math.Floor(iw) != iw)
            return PyComplex.Binary(new PyComplex(new System.Numerics.Complex(iv, 0)), new PyFloat(iw), BinaryOperator.Power)!;
        if (iv == 1.0)
            return new PyFloat(1.0);
        double r = Math.Pow(iv, iw);
        if (double.IsInfinity(r))
            throw new PyException(new PyBaseException(ExceptionTypes.OverflowError, new PyTuple(new PyObject[] { PyInt.From(34), new PyStr("Numerical result out of range") })));
        return new PyFloat(r);
    }

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if ((a.Type.IsHeapType || b.Type.IsHeapType) && UserCompare(a, b, op) is { } user)
            return user;
        var result = BuiltinCompare(a, b, op);
        if (!ReferenceEquals(result, NotImplemented))
            return result;
        if (op == CompareOp.Eq)
            return PyBool.From(ReferenceEquals(a, b));
        if (op == CompareOp.Ne)
            return PyBool.From(!ReferenceEquals(a, b));
        throw Errors.Type($"'{s_compareSymbols[(int)op]}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>Comparison of builtin values (their __lt__, __eq__...): NotImplemented when they do not compare.</summary>
    internal static PyObject BuiltinCompare(PyObject a, PyObject b, CompareOp op)
    {
        if ((a is PyFloat || b is PyFloat) && (a is PyFloat or PyInt && b is PyFloat or PyInt)
            && ((a is PyFloat na && double.IsNaN(na.Value)) || (b is PyFloat nb && double.IsNaN(nb.Value))))
            return PyBool.From(op == CompareOp.Ne);
        if (a is PyList la && b is PyList lb)
            return CompareSequences(la.Items, lb.Items, op);
        if (a is PyMappingProxy proxy)
            return RichCompare(proxy.ToDict(), b, op);
        if (SetAndDictMethods.Compare(a, b, op) is { } setOrder)
            return setOrder;
        if (a is PyTuple ta && b is PyTuple tb)
            return CompareSequences(ta.Items, tb.Items, op);
        if (a is PyRange ra && b is PyRange rb)
            return op is CompareOp.Eq or CompareOp.Ne ? PyBool.From(NumberAndSequenceMethods.RangeEquals(ra, rb) == (op == CompareOp.Eq)) : NotImplemented;
        if (a is PySlice sa && b is PySlice sb)
        {
            if (ReferenceEquals(a, b) && op is CompareOp.Eq or CompareOp.Ne)
                return PyBool.From(op == CompareOp.Eq);
            return CompareSequences(new[] { sa.Start, sa.Stop, sa.Step }, new[] { sb.Start, sb.Stop, sb.Step }, op);
        }
        int? c = CompareValues(a, b);
        if (c is int cmp)
        {
            return PyBool.From(Holds(op, cmp));
        }
        if (op is CompareOp.Eq or CompareOp.Ne && (a is PyMemoryView || b is PyMemoryView))
            return PyBool.From(PyMemoryView.ContentEquals(a as PyMemoryView ?? (PyMemoryView)b, a is PyMemoryView ? b : a) == (op == CompareOp.Eq));
        if (op is CompareOp.Eq or CompareOp.Ne && (a is PyComplex || b is PyComplex)
            && (a is PyComplex za ? PyComplex.Equal(za, b) : PyComplex.Equal((PyComplex)b, a)) is bool same)
            return PyBool.From(same == (op == CompareOp.Eq));
        if (op is CompareOp.Eq or CompareOp.Ne && SequenceEqual(a, b) is bool equal)
            return PyBool.From(equal == (op == CompareOp.Eq));
        return NotImplemented;
    }

    /// <summary>Ordering of two values of comparable builtin types, or null.</summary>
    private static int? CompareValues(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib)
            return PyInt.Compare(ia, ib);
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb)
                return double.IsNaN(fa.Value) || double.IsNaN(fb.Value) ? null : fa.Value.CompareTo(fb.Value);
            if (b is PyInt bi)
                return double.IsNaN(fa.Value) ? null : -CompareIntFloat(bi, fa.Value);
        }
        else if (b is PyFloat fb2 && a is PyInt ai)
        {
            return double.IsNaN(fb2.Value) ? null : CompareIntFloat(ai, fb2.Value);
        }
        if (a is PyStr sa && b is PyStr sb)
            return CodePoints.Compare(sa.Value, sb.Value);
        if (a is PyBytes or PyByteArray && b is PyBytes or PyByteArray)
            return BytesMethods.Data(a).SequenceCompareTo(BytesMethods.Data(b));
        return null;
    }

    /// <summary>An int against a (non-NaN) float, exactly (floatobject.c: float_richcompare).</summary>
    private static int CompareIntFloat(PyInt i, double d)
    {
        if (!i.IsBig && i.Value > -(1L << 53) && i.Value < (1L << 53))
            return ((double)i.Value).CompareTo(d);
        if (double.IsInfinity(d))
            return d > 0 ? -1 : 1;
        double f = Math.Floor(d);
        int c = i.AsBig.CompareTo(new System.Numerics.BigInteger(f));
        if (c != 0)
            return c;
        return d == f ? 0 : -1;
    }

    /// <summary>Lists and tuples compare at their first differing item, else by length (Objects/listobject.c: list_richcompare).</summary>
    private static PyObject CompareSequences(IReadOnlyList<PyObject> a, IReadOnlyList<PyObject> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && a.Count != b.Count)
            return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        while (i < a.Count && i < b.Count && Equal(a[i], b[i]))
            i++;
        if (i < a.Count && i < b.Count)
            return op is CompareOp.Eq or CompareOp.Ne ? PyBool.From(op == CompareOp.Ne) : RichCompare(a[i], b[i], op);
        return PyBool.From(Holds(op, a.Count.CompareTo(b.Count)));
    }

    private static bool? SequenceEqual(PyObject a, PyObject b) => (a, b) switch
    {
        (PySet sa, PySet sb) => sa.Count == sb.Count && sa.Items().All(sb.Contains),
        (PyDict da, PyDict db) => da.Count == db.Count && da.Items().All(kv => db.TryGetValue(kv.Key, out var v) && Equal(kv.Value, v)),
        // Bound methods are equal when they bind the same object to equal functions.
        (PyMethod ma, PyMethod mb) => ReferenceEquals(ma.Self, mb.Self) && Equal(ma.Function, mb.Function),
        // Unions are equal when they have the same members, in any order.
        (PyUnionType ua, PyUnionType ub) => ua.Args.Items.Length == ub.Args.Items.Length && ua.Args.Items.All(x => ub.Args.Items.Any(y => Equal(x, y))),
        _ => null,
    };

    public static PyObject Negate(PyObject o) => o switch
    {
        PyComplex c when !c.Type.IsHeapType => new PyComplex(-c.Value.Real, -c.Value.Imaginary),
        _ when o.Type.IsHeapType && CallDunder(o, "__neg__") is { } r => r,
        PyInt i => PyInt.Subtract(PyInt.From(0), i),
        PyFloat f => new PyFloat(-f.Value),
        PyComplex c => new PyComplex(-c.Value.Real, -c.Value.Imaginary),
        _ => throw Errors.Type($"bad operand type for unary -: '{o.Type.Name}'"),
    };

    public static PyObject Positive(PyObject o) => o switch
    {
        _ when o.Type.IsHeapType && CallDunder(o, "__pos__") is { } r => r,
        PyBool b => PyInt.From(b.Value),
        PyInt i => i.Type == PyInt.TypeObject ? i : PyInt.Fresh(i),
        PyFloat f => f.Type == PyFloat.TypeObject ? f : new PyFloat(f.Value),
        PyComplex c => c.Type == PyComplex.TypeObject ? c : new PyComplex(c.Value),
        _ => throw Errors.Type($"bad operand type for unary +: '{o.Type.Name}'"),
    };

    public static PyObject Invert(PyObject o) => o switch
    {
        _ when o.Type.IsHeapType && CallDunder(o, "__invert__") is { } r => r,
        PyInt i => PyInt.From(-i.AsBig - 1),
        _ => throw Errors.Type($"bad operand type for unary ~: '{o.Type.Name}'"),
    };

    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.Type.IsHeapType && CallDunder(container, "__contains__", item) is { } r)
            return IsTrue(r);
        return BuiltinContains(container, item);
    }

    /// <summary>item in container for the builtin types, else by iteration.</summary>
    internal static bool BuiltinContains(PyObject container, PyObject item)
    {
        if (container is PyMappingProxy proxy)
            return proxy.ContainsKey(item);
        switch (container)
        {
            case PyList list:
            {
                // The length read again at each step, as list_contains does (an __eq__ may change the list).
                var items = list.Items;
                for (int i = 0; i < items.Count; i++)
                {
                    if (SameOrEqual(items[i], item))
                        return true;
                }
                return false;
            }
            case PyTuple tuple:
                foreach (var x in tuple.Items)
                {
                    if (SameOrEqual(x, item))
                        return true;
                }
                return false;
            case PyStr s when item is PyStr sub:
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyStr:
                throw Errors.Type($"'in <string>' requires string as left operand, not {item.Type.Name}");
            case PyBytes or PyByteArray:
                return BytesMethods.Contains(container, item);
            case PyDict d:
                return d.TryGetValue(item, out _);
            case PySet set when item is PySet { IsFrozen: false } key:
                // An unhashable set is looked for as the frozenset of its elements.
                try
                {
                    return set.Contains(item);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
                {
                    return set.Contains(PySet.New(true, key));
                }
            case PySet set:
                return set.Contains(item);
            case PyDictView { ViewKind: PyDictView.Kind.Keys } keys:
                return keys.Dict.TryGetValue(item, out _);
            case PyDictView { ViewKind: PyDictView.Kind.Items } items:
                return item is PyTuple { Items.Length: 2 } pair && items.Dict.TryGetValue(pair.Items[0], out var found)
                    && (ReferenceEquals(found, pair.Items[1]) || Equal(found, pair.Items[1]));
            case PyRange range when NumberAndSequenceMethods.IsExactInt(item):
                return range.PositionOf((PyInt)item).Sign >= 0;
        }
        PyIterator it;
        try
        {
            it = GetIter(container);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError
            && container.Type.LookupOverride("__iter__") is null && container.Type.LookupOverride("__getitem__") is null)
        {
            throw Errors.Type($"argument of type '{container.Type.Name}' is not iterable");
        }
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            if (ReferenceEquals(x, item) || Equal(x, item))
                return true;
        }
        return false;
    }

    /// <summary>x is y or x == y, without the comparison's dispatch for exact str, int and tuples of them.</summary>
    private static bool SameOrEqual(PyObject x, PyObject y) =>
        ReferenceEquals(x, y) || (KeysEqual(x, y) is bool same ? same : Equal(x, y));

    public static PyObject GetItem(PyObject container, PyObject key)
    {
        if (container.Type.IsHeapType && CallDunder(container, "__getitem__", key) is { } r)
            return r;
        return BuiltinGetItem(container, key);
    }

    /// <summary>container[key] for the builtin types (their __getitem__).</summary>
    internal static PyObject BuiltinGetItem(PyObject container, PyObject key)
    {
        if (ReferenceEquals(key.Type, PyInt.TypeObject) && key is not PyBigInt)
        {
            // bytearray[i] and bytes[i] in range first (the specialized forms cover lists, tuples and strs).
            long i = System.Runtime.CompilerServices.Unsafe.As<PyInt>(key).Value;
            if (container is PyByteArray array && (ulong)i < (ulong)array.Count)
                return PyInt.From(array.Span[(int)i]);
            if (container is PyBytes bytes && (ulong)i < (ulong)bytes.Value.Length)
                return PyInt.From(bytes.Value[(int)i]);
        }
        if (container is PyMappingProxy proxy)
            return GetItem(proxy.ToDict(), key);
        if (container is PyType cls && cls.Lookup("__class_getitem__") is { } classGetItem)
        {
            // __class_getitem__ is a class method even without the decorator.
            var fn = classGetItem is PyClassMethod cm ? cm.Function : classGetItem;
            return Call(fn, new[] { cls, key });
        }
        if (container == PyType.TypeType)
            return new PyGenericAlias(PyType.TypeType, key); // type[int], and only type itself
        if (container is PyType notGeneric)
            throw Errors.Type($"type '{notGeneric.Name}' is not subscriptable");
        if (key is PySlice slice)
            return GetSlice(container, slice);
        switch (container)
        {
            case PyList l:
                return l.Items[SequenceIndex(key, l.Items.Count, "list")];
            case PyTuple t:
                return t.Items[SequenceIndex(key, t.Items.Length, "tuple")];
            case PyStr s when s.IsBmp:
                return PyStr.OfChar(s.Value[SequenceIndex(key, s.Value.Length, "string")]);
            case PyStr s:
                return PyStr.OfCodePoint(CodePoints.At(s.Value, CodePoints.Offset(s.Value, SequenceIndex(key, s.Length, "string"))));
            case PyBytes bytes:
                return PyInt.From(bytes.Value[SequenceIndex(key, bytes.Value.Length, "byte")]);
            case PyByteArray array:
                return PyInt.From(array.Span[SequenceIndex(key, array.Count, "bytearray")]);
            case PyMemoryView view:
                return view.GetItem(key);
            case PyRange range:
                if (key is PyInt rangeIndex)
                    return range.Item(rangeIndex);
                if (key.Type.IsHeapType && key.Type.LookupOverride("__index__") is not null)
                    return range.Item(Index(key));
                throw Errors.Type($"range indices must be integers or slices, not {key.Type.Name}");
            case PyDict d:
                if (d.TryGetValue(key, out var v))
                    return v;
                // A dict subclass can supply missing keys.
                if (d.Type.IsHeapType && d.Type.LookupOverride("__missing__") is not null)
                    return CallDunder(d, "__missing__", key)!;
                throw Errors.Key(key);
        }
        throw Errors.Type($"'{container.Type.Name}' object is not subscriptable");
    }

    private static byte[] SliceBytes(ReadOnlySpan<byte> data, PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(data.Length);
        var result = new byte[count];
        for (long i = 0, k = start; i < count; i++, k += step)
            result[i] = data[(int)k];
        return result;
    }

    private static PyObject GetSlice(PyObject container, PySlice slice)
    {
        switch (container)
        {
            case PyRange range:
            {
                var (start, stop, step) = slice.BigIndices(range.BigLength);
                var rangeStep = range.BigStep;
                return new PyRange(range.BigStart + start * rangeStep, range.BigStart + stop * rangeStep, rangeStep * step);
            }
            case PyList l:
            {
                var (start, _, step, count) = slice.Indices(l.Items.Count);
                if (step == 1)
                    return new PyList(l.Items.GetRange((int)start, (int)count)); // one block copy
                var items = new List<PyObject>((int)count);
                for (long i = 0, k = start; i < count; i++, k += step)
                    ObjectArrays.Append(items, l.Items[(int)k]);
                return new PyList(items);
            }
            case PyTuple t:
            {
                var (start, _, step, count) = slice.Indices(t.Items.Length);
                if (step == 1 && count == t.Items.Length && t.Type == PyTuple.TypeObject)
                    return t;
                if (step == 1)
                    return new PyTuple(((ReadOnlySpan<PyObject>)t.Items).Slice((int)start, (int)count).ToArray());
                var items = new PyObject[count];
                for (long i = 0, k = start; i < count; i++, k += step)
                    ObjectArrays.Store(items, (int)i, t.Items[k]);
                return new PyTuple(items);
            }
            case PyBytes bytes:
                return new PyBytes(SliceBytes(bytes.Value, slice));
            case PyByteArray array:
                return new PyByteArray(SliceBytes(array.Span, slice));
            case PyMemoryView view:
                return view.GetItem(slice);
            case PyStr { IsBmp: false } wide:
            {
                var cps = CodePoints.ToArray(wide.Value);
                var (start, _, step, count) = slice.Indices(cps.Length);
                var picked = new int[count];
                for (long i = 0, k = start; i < count; i++, k += step)
                    picked[i] = cps[k];
                return new PyStr(CodePoints.FromArray(picked));
            }
            case PyStr s:
            {
                var (start, _, step, count) = slice.Indices(s.Value.Length);
                if (step == 1)
                    return new PyStr(s.Value.Substring((int)start, (int)count));
                var sb = new System.Text.StringBuilder((int)count);
                for (long i = 0, k = start; i < count; i++, k += step)
                    sb.Append(s.Value[(int)k]);
                return new PyStr(sb.ToString());
            }
        }
        throw Errors.Type($"'{container.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject container, PyObject key, PyObject value)
    {
        if (container.Type.IsHeapType && CallDunder(container, "__setitem__", key, value) is not null)
            return;
        BuiltinSetItem(container, key, value);
    }

    /// <summary>container[key] = value for the builtin types (their __setitem__).</summary>
    internal static void BuiltinSetItem(PyObject container, PyObject key, PyObject value)
    {
        if (key is PySlice slice && container is PyList list)
        {
            var (start, stop, step, count) = slice.Indices(list.Items.Count);
            var values = SequenceFast(value, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            if (step == 1)
            {
                list.Items.RemoveRange((int)start, (int)Math.Max(0, stop - start));
                list.Items.InsertRange((int)start, values);
                return;
            }
            if (values.Length != count)
                throw Errors.Value($"attempt to assign sequence of size {values.Length} to extended slice of size {count}");
            for (long i = 0, k = start; i < count; i++, k += step)
                list.Items[(int)k] = values[i];
            return;
        }
        switch (container)
        {
            case PyList l:
                CollectionsMarshal.AsSpan(l.Items)[SequenceIndex(key, l.Items.Count, "list", assignment: true)] = value; // no covariance check
                return;
            case PyByteArray array:
                array.SetItem(key, value);
                return;
            case PyMemoryView view:
                view.SetItem(key, value);
                return;
            case PyDict d:
                d.Set(key, value);
                return;
        }
        throw Errors.Type($"'{container.Type.Name}' object does not support item assignment");
    }

    internal static int SequenceIndex(PyObject key, int length, string what, bool assignment = false)
    {
        if (key is not PyInt i)
        {
            // An object with __index__ serves as an integer index.
            if (!key.Type.IsHeapType || key.Type.LookupOverride("__index__") is null)
            {
                throw Errors.Type(what == "string" ? $"string indices must be integers, not '{key.Type.Name}'"
                    : $"{what} indices must be integers or slices, not {key.Type.Name}");
            }
            i = Index(key);
        }
        if (i.IsBig)
            throw Errors.Index("cannot fit 'int' into an index-sized integer");
        long index = i.Value;
        if (index < 0)
            index += length;
        if (index < 0 || index >= length)
            throw Errors.Index(what == "byte" ? "index out of range" : assignment ? $"{what} assignment index out of range" : $"{what} index out of range");
        return (int)index;
    }
}
