namespace Adder.Runtime;

/// <summary>Special methods of classes defined in Python (__add__, __eq__, __len__, ...).</summary>
public static partial class Ops
{
    private static readonly string[] s_binaryDunders =
    {
        "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor", "divmod",
    };

    // The method names made once (the type's method cache finds names by identity, so a name built on
    // each call would miss it every time).
    private static readonly string[] s_forwardDunders = Array.ConvertAll(s_binaryDunders, n => string.Intern("__" + n + "__"));
    private static readonly string[] s_reflectedDunders = Array.ConvertAll(s_binaryDunders, n => string.Intern("__r" + n + "__"));

    /// <summary>Where divmod's names are in the tables above (after BINARY_OP's operators).</summary>
    private const int DivmodDunders = 13;

    /// <summary>Calls type(obj).name(obj, arg) if a Python class defines it; null otherwise. The commonest
    /// form (binary operators, comparisons): the two arguments are passed from the stack, not an array.</summary>
    public static PyObject? CallDunder(PyObject obj, string name, PyObject arg)
    {
        if (Dunder(obj, name) is not { } method)
            return null;
        if (method is PyStaticMethod sm)
            return Call(sm.Function, arg);
        var both = new TwoArguments();
        both[0] = obj;
        both[1] = arg;
        return Call(method, both);
    }

    [System.Runtime.CompilerServices.InlineArray(2)]
    private struct TwoArguments
    {
        private PyObject _first;
    }

    /// <summary>Calls type(obj).name(obj, *args) if a Python class defines it; null otherwise.</summary>
    public static PyObject? CallDunder(PyObject obj, string name, params PyObject[] args)
    {
        if (Dunder(obj, name) is not { } method)
            return null;
        if (method is PyStaticMethod sm)
            return Call(sm.Function, args);
        var all = new PyObject[args.Length + 1];
        all[0] = obj;
        args.CopyTo(all, 1);
        return Call(method, all);
    }

    /// <summary>A special method a Python class (not a builtin type) defines for <paramref name="obj"/>.</summary>
    private static PyObject? Dunder(PyObject obj, string name) => obj.Type.IsHeapType ? obj.Type.LookupOverride(name) : null;

    /// <summary>The special methods BINARY_OP's operator <paramref name="oparg"/> looks for: forward, reflected,
    /// and the in-place one (null unless an augmented assignment); null for an operator out of range.</summary>
    internal static (string Forward, string Reflected, string? InPlace)? BinaryDunders(int oparg)
    {
        bool inplace = oparg >= 13;
        int index = inplace ? oparg - 13 : oparg;
        if ((uint)index >= DivmodDunders)
            return null;
        return (s_forwardDunders[index], s_reflectedDunders[index], inplace ? s_inPlaceDunders[index] : null);
    }

    /// <summary>a op b once a.__op__(b) returned NotImplemented, where a's class has no in-place method and
    /// no reflected method of b's subclass went first (what <see cref="BinaryOp"/> does after that call).</summary>
    internal static PyObject BinaryOpAfterForward(PyObject a, PyObject b, int op)
    {
        bool inplace = op >= 13;
        var kind = (BinaryOperator)(inplace ? op - 13 : op);
        if (!ReferenceEquals(a.Type, b.Type) && CallDunder(b, s_reflectedDunders[(int)kind], a) is { } reflected
            && !ReferenceEquals(reflected, NotImplemented))
            return reflected;
        return Binary(a, b, kind) ?? throw UnsupportedOperands(a, b, kind, inplace);
    }

    private static PyObject? UserBinary(PyObject a, PyObject b, BinaryOperator op, bool inplace)
    {
        if (inplace && CallDunder(a, s_inPlaceDunders[(int)op], b) is { } r0 && !ReferenceEquals(r0, NotImplemented))
            return r0;
        return UserBinaryNamed(a, b, (int)op);
    }

    /// <summary>a.__op__(b), or b.__rop__(a) (first when b's class derives from a's and overrides it), for
    /// the operator at <paramref name="index"/> in the name tables.</summary>
    private static PyObject? UserBinaryNamed(PyObject a, PyObject b, int index)
    {
        string forward = s_forwardDunders[index], reflected = s_reflectedDunders[index];
        // A subclass that overrides the reflected method gets the first try.
        bool rightFirst = !ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type) && b.Type.LookupOverride(reflected) is not null;
        if (rightFirst && CallDunder(b, reflected, a) is { } r1 && !ReferenceEquals(r1, NotImplemented))
            return r1;
        if (CallDunder(a, forward, b) is { } r2 && !ReferenceEquals(r2, NotImplemented))
            return r2;
        if (!rightFirst && !ReferenceEquals(a.Type, b.Type) && CallDunder(b, reflected, a) is { } r3 && !ReferenceEquals(r3, NotImplemented))
            return r3;
        return null;
    }

    private static readonly string[] s_compareDunders = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    private static readonly CompareOp[] s_reflected = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };

    private static PyObject? UserCompare(PyObject a, PyObject b, CompareOp op)
    {
        var reflected = s_reflected[(int)op];
        bool rightFirst = !ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type) && b.Type.LookupOverride(s_compareDunders[(int)reflected]) is not null;
        if (rightFirst && CompareDunder(b, a, reflected) is { } r1 && !ReferenceEquals(r1, NotImplemented))
            return r1;
        if (CompareDunder(a, b, op) is { } r2 && !ReferenceEquals(r2, NotImplemented))
            return r2;
        if (!rightFirst && CompareDunder(b, a, reflected) is { } r3 && !ReferenceEquals(r3, NotImplemented))
            return r3;
        return null;
    }

    /// <summary>x's comparison method called with y: a Python one, or object.__ne__ (the negation of a
    /// Python __eq__) when only __eq__ is defined. Null when x's class defines neither.</summary>
    private static PyObject? CompareDunder(PyObject x, PyObject y, CompareOp op)
    {
        if (!x.Type.IsHeapType)
            return null;
        // object.__ne__ negates __eq__; a builtin base's own __ne__ (str's, int's...) does not.
        if (op == CompareOp.Ne && (x.Type.Lookup("__ne__") is not { } ne || ReferenceEquals(ne, PyType.Object.Lookup("__ne__"))))
        {
            if (CallDunder(x, "__eq__", y) is not { } eq)
                return null;
            return ReferenceEquals(eq, NotImplemented) ? eq : PyBool.From(!IsTrue(eq));
        }
        return CallDunder(x, s_compareDunders[(int)op], y);
    }

    /// <summary>An iterator over a Python object with __next__; exhaustion is its StopIteration.</summary>
    private sealed class PythonIterator : PyIterator
    {
        private static readonly PyType s_type = PyType.Builtin("iterator");
        private readonly PyObject _iterator;

        public PythonIterator(PyObject iterator)
            : base(s_type)
        {
            _iterator = iterator;
        }

        public PyObject Inner => _iterator;

        public override PyObject? Next()
        {
            try
            {
                return CallDunder(_iterator, "__next__") ?? throw Errors.Type($"'{_iterator.Type.Name}' object is not an iterator");
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                return null;
            }
        }
    }

    /// <summary>A Python object's iterator as a C# iterator.</summary>
    private static PyIterator? UserIter(PyObject o)
    {
        if (CallDunder(o, "__iter__") is not { } it)
        {
            if (o.Type.IsHeapType && o.Type.LookupOverride("__getitem__") is not null)
                return new IndexIterator(o);
            return null;
        }
        if (it is PyIterator builtin)
            return builtin;
        if (!it.Type.IsHeapType || it.Type.LookupOverride("__next__") is null)
            throw Errors.Type($"iter() returned non-iterator of type '{it.Type.Name}'");
        return new PythonIterator(it);
    }

    /// <summary>The old sequence protocol: __getitem__(0), (1), ... until IndexError.</summary>
    internal static PyType SequenceIteratorType => IndexIterator.TypeObject;

    private sealed class IndexIterator : PyIterator
    {
        private static readonly PyType s_type = PyType.Builtin("iterator");

        public static PyType TypeObject => s_type;
        private readonly PyObject _sequence;
        private long _index;

        public IndexIterator(PyObject sequence)
            : base(s_type)
        {
            _sequence = sequence;
        }

        public override long LengthHint => _done ? 0 : CallDunder(_sequence, "__len__") is PyInt { IsBig: false } n ? Math.Max(0, n.Value - _index) : 0;

        private bool _done;

        public override PyObject? Next()
        {
            if (_done)
                return null;
            try
            {
                return CallDunder(_sequence, "__getitem__", PyInt.From(_index++));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                _done = true;
                return null;
            }
        }
    }

    internal static string DefaultRepr(PyObject o)
    {
        string module = o.Type.Dict.TryGetValue("__module__", out var m) && m is PyStr s ? s.Value + "." : "";
        string qualname = o.Type.Dict.TryGetValue("__qualname__", out var q) && q is PyStr qs ? qs.Value : o.Type.Name;
        return $"<{module}{qualname} object at 0x{RuntimeAddress(o):x}>";
    }
}
