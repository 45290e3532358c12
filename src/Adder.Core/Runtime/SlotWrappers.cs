namespace Adder.Runtime;

/// <summary>
/// The special methods of the builtin types as Python sees them (<c>int.__add__</c>, <c>dict.__setitem__</c>,
/// <c>super().__len__()</c> in a list subclass): wrappers around the builtin behaviour. C# code that finds
/// one does the builtin operation directly instead (<see cref="PyType.LookupOverride"/>).
/// </summary>
internal static class SlotWrappers
{
    private static readonly (string Name, BinaryOperator Op)[] s_arithmetic =
    {
        ("add", BinaryOperator.Add), ("sub", BinaryOperator.Subtract), ("mul", BinaryOperator.Multiply),
        ("truediv", BinaryOperator.TrueDivide), ("floordiv", BinaryOperator.FloorDivide), ("mod", BinaryOperator.Remainder),
        ("pow", BinaryOperator.Power),
    };

    private static readonly (string Name, BinaryOperator Op)[] s_bitwise =
    {
        ("and", BinaryOperator.And), ("or", BinaryOperator.Or), ("xor", BinaryOperator.Xor),
        ("lshift", BinaryOperator.LShift), ("rshift", BinaryOperator.RShift),
    };

    private static readonly (string Name, CompareOp Op)[] s_comparisons =
    {
        ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__eq__", CompareOp.Eq),
        ("__ne__", CompareOp.Ne), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge),
    };

    public static void Register()
    {
        var integer = PyInt.TypeObject;
        var real = PyFloat.TypeObject;
        var complex = PyComplex.TypeObject;
        var str = PyStr.TypeObject;
        var bytes = PyBytes.TypeObject;
        var bytearray = PyByteArray.TypeObject;
        var list = PyList.TypeObject;
        var tuple = PyTuple.TypeObject;
        var dict = PyDict.TypeObject;
        var set = PySet.SetType;
        var frozenset = PySet.FrozenSetType;
        var range = PyRange.TypeObject;

        foreach (var t in new[] { integer, real, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range })
        {
            t.Slot("__repr__", (args, kw) => new PyStr(Ops.BuiltinRepr(args[0])));
            foreach (var (name, op) in s_comparisons)
                t.Slot(name, (args, kw) => Ops.BuiltinCompare(args[0], args[1], op));
            if (t == list || t == dict || t == set || t == bytearray)
                t.SetAttribute("__hash__", PyNone.Instance);
            else
                t.Slot("__hash__", (args, kw) => PyInt.From(Ops.BuiltinHash(args[0])));
        }

        foreach (var t in new[] { integer, real, complex })
        {
            Binary(t, s_arithmetic);
            t.Slot("__neg__", (args, kw) => Ops.Negate(args[0]));
            t.Slot("__pos__", (args, kw) => Ops.Positive(args[0]));
            t.Slot("__abs__", (args, kw) => Ops.Call(Builtins.Dict.Get("abs")!, args[..1]));
            t.Slot("__bool__", (args, kw) => PyBool.From(Ops.IsTrue(args[0])));
        }
        Binary(integer, s_bitwise);
        integer.Slot("__invert__", (args, kw) => Ops.Invert(args[0]));
        integer.Slot("__index__", (args, kw) => PyInt.From(((PyInt)args[0]).AsBig));
        integer.Slot("__int__", (args, kw) => PyInt.From(((PyInt)args[0]).AsBig));
        integer.Slot("__float__", (args, kw) => new PyFloat(PyInt.ToDouble((PyInt)args[0])));
        real.Slot("__float__", (args, kw) => new PyFloat(((PyFloat)args[0]).Value));
        Binary(set, s_bitwise[..3]);
        Binary(set, new[] { ("sub", BinaryOperator.Subtract) });
        Binary(frozenset, s_bitwise[..3]);
        Binary(frozenset, new[] { ("sub", BinaryOperator.Subtract) });
        Binary(dict, new[] { ("or", BinaryOperator.Or) });
        InPlace(dict, "__ior__", BinaryOperator.Or);
        foreach (var t in new[] { list, bytearray })
        {
            InPlace(t, "__iadd__", BinaryOperator.Add);
            t.Slot("__imul__", (args, kw) => Ops.BuiltinInPlace(args[0], Ops.Index(args[1]), BinaryOperator.Multiply)!, sequenceRepeat: true);
        }
        InPlace(set, "__ior__", BinaryOperator.Or);
        InPlace(set, "__iand__", BinaryOperator.And);
        InPlace(set, "__isub__", BinaryOperator.Subtract);
        InPlace(set, "__ixor__", BinaryOperator.Xor);
        Binary(str, new[] { ("mod", BinaryOperator.Remainder) });

        foreach (var t in new[] { str, bytes, bytearray, list, tuple, dict, set, frozenset, range })
        {
            t.Slot("__len__", (args, kw) => PyInt.From(Ops.BuiltinLength(args[0])));
            t.Slot("__contains__", (args, kw) => PyBool.From(Ops.BuiltinContains(args[0], args[1])),
                t == dict || t == set || t == frozenset ? CallShape.OneArg : CallShape.Any);
            t.Slot("__iter__", (args, kw) => Ops.BuiltinIter(args[0]));
        }
        foreach (var t in new[] { str, bytes, bytearray, list, tuple, dict, range })
            t.Slot("__getitem__", (args, kw) => Ops.BuiltinGetItem(args[0], args[1]),
                t == list || t == dict ? CallShape.OneArg : CallShape.Any);
        foreach (var t in new[] { str, bytes, bytearray, list, tuple })
        {
            // sq_concat and sq_repeat: called directly, they raise rather than return NotImplemented.
            t.Slot("__add__", (args, kw) => Ops.Binary(args[0], args[1], BinaryOperator.Add) ?? throw Ops.ConcatError(args[0], args[1]));
            t.Slot("__mul__", (args, kw) => Ops.Binary(args[0], Ops.Index(args[1]), BinaryOperator.Multiply)!, sequenceRepeat: true);
            t.Slot("__rmul__", (args, kw) => Ops.Binary(args[0], Ops.Index(args[1]), BinaryOperator.Multiply)!, sequenceRepeat: true);
        }
        str.Slot("__str__", (args, kw) => args[0].Type == str ? args[0] : new PyStr(((PyStr)args[0]).Value));
        foreach (var t in new[] { list, dict, tuple, set, frozenset, PyGeneratorIterator.TypeFor("enumerate") })
            t.SetAttribute("__class_getitem__", PyGenericAlias.ClassGetItem());
        range.Slot("__bool__", (args, kw) => PyBool.From(!((PyRange)args[0]).IsEmpty));
        // __getnewargs__ (METH_NOARGS): the value as an instance of the exact builtin type, for copy and pickle.
        str.Method("__getnewargs__", (args, kw) => new PyTuple(new PyObject[] { new PyStr(((PyStr)args[0]).Value) }), CallShape.NoArgs);
        bytes.Method("__getnewargs__", (args, kw) => new PyTuple(new PyObject[] { new PyBytes(((PyBytes)args[0]).Value) }), CallShape.NoArgs);
        tuple.Method("__getnewargs__", (args, kw) => new PyTuple(new PyObject[] { new PyTuple(((PyTuple)args[0]).Items) }), CallShape.NoArgs);
        Binary(bytes, new[] { ("mod", BinaryOperator.Remainder) }, reflected: false);
        Binary(bytearray, new[] { ("mod", BinaryOperator.Remainder) }, reflected: false);
        foreach (var t in new[] { list, dict, bytearray })
        {
            t.Slot("__setitem__", (args, kw) =>
            {
                Ops.BuiltinSetItem(args[0], args[1], args[2]);
                return PyNone.Instance;
            });
            t.Slot("__delitem__", (args, kw) =>
            {
                Ops.BuiltinDelItem(args[0], args[1]);
                return PyNone.Instance;
            });
        }

        var slice = PySlice.TypeObject;
        foreach (var (name, op) in s_comparisons)
            slice.Slot(name, (args, kw) => Ops.BuiltinCompare(args[0], args[1], op));
        slice.SetAttribute("__hash__", PyNone.Instance);
        slice.Method("__reduce__", (args, kw) =>
        {
            var s = (PySlice)args[0];
            return new PyTuple(new PyObject[] { slice, new PyTuple(new[] { s.Start, s.Stop, s.Step }) });
        }, CallShape.NoArgs);

        // The builtin iterators: __iter__, __next__ and (where CPython has one) __length_hint__.
        foreach (var t in new[]
        {
            PyRangeIterator.TypeObject, PyLongRangeIterator.TypeObject, PySequenceIterator.ListIteratorType,
            PySequenceIterator.TupleIteratorType, PySequenceIterator.StrIteratorType, PySequenceIterator.StrAsciiIteratorType,
            PySequenceIterator.BytesIteratorType, PySequenceIterator.ByteArrayIteratorType, PySequenceIterator.MemoryIteratorType,
            PySetIterator.TypeObject, PyListReverseIterator.TypeObject, PyReversedIterator.TypeObject,
        })
        {
            PyIterator.AddProtocol(t, lengthHint: t != PySequenceIterator.MemoryIteratorType);
        }
        foreach (var t in PyDictIterator.Types)
            PyIterator.AddProtocol(t, lengthHint: true);
        PyIterator.AddProtocol(PyGenerator.TypeObject);
        PyIterator.AddProtocol(Ops.SequenceIteratorType, lengthHint: true);
    }

    /// <summary>An in-place operator of a mutable builtin (list.__iadd__, dict.__ior__...).</summary>
    private static void InPlace(PyType type, string name, BinaryOperator op) =>
        type.Slot(name, (args, kw) => Ops.BuiltinInPlace(args[0], args[1], op) ?? Ops.NotImplemented);

    /// <summary>__op__ (and __rop__) wrappers: NotImplemented when the builtin operation does not apply.</summary>
    private static void Binary(PyType type, (string Name, BinaryOperator Op)[] ops, bool reflected = true)
    {
        foreach (var (name, op) in ops)
        {
            string forward = "__" + name + "__";
            type.Slot(forward, (args, kw) => Ops.Binary(args[0], args[1], op) ?? Ops.NotImplemented);
            if (reflected)
            {
                string backward = "__r" + name + "__";
                type.Slot(backward, (args, kw) => Ops.Binary(args[1], args[0], op) ?? Ops.NotImplemented);
            }
        }
    }
}
