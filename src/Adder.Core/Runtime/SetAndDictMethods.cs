namespace Adder.Runtime;

/// <summary>The methods of set and frozenset, set comparisons, and dict.fromkeys/popitem.</summary>
internal static class SetAndDictMethods
{
    private static PySet Self(PyObject o) => (PySet)o;

    public static void Register()
    {
        foreach (var type in new[] { PySet.SetType, PySet.FrozenSetType })
        {
            type.Method("union", (args, kw) =>
            {
                var result = Self(args[0]).Copy();
                foreach (var other in args[1..])
                    result.Update(other);
                return result;
            }, CallShape.VarArgs);
            type.Method("intersection", (args, kw) =>
            {
                var result = Self(args[0]).Copy();
                foreach (var other in args[1..])
                    result = result.Intersection(other);
                return result;
            }, CallShape.VarArgs);
            type.Method("difference", (args, kw) =>
            {
                if (args.Length == 1)
                    return Self(args[0]).Copy();
                var result = Self(args[0]).Difference(args[1]);
                foreach (var other in args[2..])
                    result.DifferenceUpdate(other);
                return result;
            }, CallShape.VarArgs);
            type.Method("symmetric_difference", (args, kw) => Self(args[0]).SymmetricDifference(args[1]), CallShape.OneArg);
            type.Method("issubset", (args, kw) => PyBool.From(IsSubset(Self(args[0]), AsSet(args[1]))), CallShape.OneArg);
            type.Method("issuperset", (args, kw) => PyBool.From(IsSubset(AsSet(args[1]), Self(args[0]))), CallShape.OneArg);
            type.Method("isdisjoint", (args, kw) =>
            {
                var self = Self(args[0]);
                var (walked, probed) = args[1] is PySet other && other.Count > self.Count ? (self, other) : args[1] is PySet small ? (small, self) : (args[1], self);
                var it = Ops.GetIter(walked);
                for (var x = it.Next(); x is not null; x = it.Next())
                {
                    if (probed.Contains(x))
                        return PyBool.False;
                }
                return PyBool.True;
            }, CallShape.OneArg);
            type.Method("copy", (args, kw) => args[0].Type == PySet.FrozenSetType ? args[0] : Self(args[0]).Copy(), CallShape.NoArgs);
        }
        var mutable = PySet.SetType;
        mutable.Method("add", (args, kw) =>
        {
            Self(args[0]).Add(args[1]);
            return PyNone.Instance;
        }, CallShape.OneArg);
        mutable.Method("discard", (args, kw) =>
        {
            Self(args[0]).Remove(Key(args[1]));
            return PyNone.Instance;
        }, CallShape.OneArg);
        mutable.Method("remove", (args, kw) =>
        {
            if (!Self(args[0]).Remove(Key(args[1])))
                return Errors.Pending(Errors.Key(args[1]));
            return PyNone.Instance;
        }, CallShape.OneArg);
        mutable.Method("update", (args, kw) =>
        {
            foreach (var other in args[1..])
                Self(args[0]).Update(other);
            return PyNone.Instance;
        }, CallShape.VarArgs);
        mutable.Method("clear", (args, kw) =>
        {
            Self(args[0]).Clear();
            return PyNone.Instance;
        }, CallShape.NoArgs);
        mutable.Method("pop", (args, kw) => Self(args[0]).Pop(), CallShape.NoArgs);
        mutable.Method("intersection_update", (args, kw) =>
        {
            var set = Self(args[0]);
            var result = set.Copy();
            foreach (var other in args[1..])
                result = result.Intersection(other);
            set.TakeContents(result);
            return PyNone.Instance;
        }, CallShape.VarArgs);
        mutable.Method("difference_update", (args, kw) =>
        {
            foreach (var other in args[1..])
                Self(args[0]).DifferenceUpdate(other);
            return PyNone.Instance;
        }, CallShape.VarArgs);
        mutable.Method("symmetric_difference_update", (args, kw) =>
        {
            Self(args[0]).SymmetricDifferenceUpdate(args[1]);
            return PyNone.Instance;
        }, CallShape.OneArg);

        foreach (var viewType in PyDictView.Types)
        {
            string name = viewType.Name;
            if (name != "dict_values")
            {
                viewType.Method("isdisjoint", (args, kw) => ViewIsDisjoint(args[0], args[1]), CallShape.OneArg);
                viewType.SetAttribute("__hash__", PyNone.Instance);
            }
            viewType.GetSet("mapping", o => new PyMappingProxy(((PyDictView)o).Dict));
            viewType.Method("__reversed__", (args, kw) =>
            {
                var view = (PyDictView)args[0];
                return new PyDictIterator(view.Dict, view.ViewKind, reverse: true);
            }, CallShape.NoArgs);
        }
        PyDict.TypeObject.Method("__reversed__", (args, kw) => new PyDictIterator((PyDict)args[0], PyDictView.Kind.Keys, reverse: true), CallShape.NoArgs);
        PyList.TypeObject.Method("__reversed__", (args, kw) => new PyListReverseIterator((PyList)args[0]), CallShape.NoArgs);
        PyRange.TypeObject.Method("__reversed__", (args, kw) => ((PyRange)args[0]).Iterate(reverse: true), CallShape.NoArgs);

        var dict = PyDict.TypeObject;
        dict.SetAttribute("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (args, kw) =>
        {
            NumberAndSequenceMethods.NoKeywords("dict.fromkeys", kw);
            if (args.Length < 2)
                throw Errors.Type("fromkeys expected at least 1 argument, got 0");
            if (args.Length > 3)
                throw Errors.Type($"fromkeys expected at most 2 arguments, got {args.Length - 1}");
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            var result = Ops.Call(args[0], ReadOnlySpan<PyObject>.Empty);
            var it = Ops.GetIter(args[1]);
            for (var key = it.Next(); key is not null; key = it.Next())
                Ops.SetItem(result, key, value);
            return result;
        })));
        dict.Method("popitem", (args, kw) =>
        {
            if (!((PyDict)args[0]).PopLast(out var key, out var value))
                throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new PyObject[] { new PyStr("popitem(): dictionary is empty") })));
            return new PyTuple(new[] { key, value });
        }, CallShape.NoArgs);
    }

    /// <summary>The elements of any iterable as a set (the argument of issubset and friends).</summary>
    private static PySet AsSet(PyObject o) => o as PySet ?? PySet.New(false, o);

    /// <summary>A set given as a key stands for the frozenset of its elements (set.remove({1}) looks for frozenset({1})).</summary>
    private static PyObject Key(PyObject key) => key is PySet { IsFrozen: false } set ? PySet.New(true, set) : key;

    /// <summary>a | b, a &amp; b, a - b, a ^ b for sets.</summary>
    public static PySet SetOperation(PySet a, PyObject b, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Or:
                var union = a.Copy();
                union.Update(b);
                return union;
            case BinaryOperator.And:
                return a.Intersection(b);
            case BinaryOperator.Subtract:
                return a.Difference(b);
            default:
                return a.SymmetricDifference(b);
        }
    }

    /// <summary>a |= b and friends for sets.</summary>
    public static void SetOperationInPlace(PySet a, PyObject b, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Or:
                a.Update(b);
                break;
            case BinaryOperator.And:
                a.TakeContents(a.Intersection(b));
                break;
            case BinaryOperator.Subtract:
                a.DifferenceUpdate(b);
                break;
            default:
                a.SymmetricDifferenceUpdate(b);
                break;
        }
    }

    /// <summary>Set operations on dict keys and items views (Objects/dictobject.c: dictviews_and and friends): a set results.</summary>
    public static PyObject? ViewOperation(PyObject a, PyObject b, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.And:
            {
                // The view is searched; the other operand is walked.
                var (view, other) = a is PyDictView { ViewKind: not PyDictView.Kind.Values } ? (a, b) : (b, a);
                if (other is PySet { Type.IsHeapType: false } set && Ops.Length(view) <= set.Count)
                    return set.Intersection(view);
                if (other is PyDictView { ViewKind: not PyDictView.Kind.Values } otherView && otherView.Dict.Count > Ops.Length(view))
                    (view, other) = (other, view);
                var result = new PySet();
                var it = Ops.GetIter(other);
                for (var x = it.Next(); x is not null; x = it.Next())
                {
                    if (Ops.Contains(view, x))
                        result.Add(x);
                }
                return result;
            }
            case BinaryOperator.Or:
            {
                var result = PySet.New(false, a);
                result.Update(b);
                return result;
            }
            case BinaryOperator.Subtract:
            {
                var result = PySet.New(false, a);
                result.DifferenceUpdate(b);
                return result;
            }
            default:
            {
                var (view, other) = a is PyDictView { ViewKind: not PyDictView.Kind.Values } ? (a, b) : (b, a);
                var result = PySet.New(false, view);
                result.SymmetricDifferenceUpdate(other);
                return result;
            }
        }
    }

    /// <summary>Comparisons of keys and items views with sets and views (dictobject.c: dictview_richcompare).</summary>
    private static PyObject ViewCompare(PyDictView a, PyObject b, CompareOp op)
    {
        long lengthA = Ops.Length(a), lengthB = Ops.Length(b);
        bool result = op switch
        {
            CompareOp.Eq => lengthA == lengthB && AllContainedIn(a, b),
            CompareOp.Ne => !(lengthA == lengthB && AllContainedIn(a, b)),
            CompareOp.Lt => lengthA < lengthB && AllContainedIn(a, b),
            CompareOp.Le => lengthA <= lengthB && AllContainedIn(a, b),
            CompareOp.Gt => lengthA > lengthB && AllContainedIn(b, a),
            _ => lengthA >= lengthB && AllContainedIn(b, a),
        };
        return PyBool.From(result);
    }

    private static bool AllContainedIn(PyObject a, PyObject b)
    {
        var it = Ops.GetIter(a);
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            if (!Ops.Contains(b, x))
                return false;
        }
        return true;
    }

    /// <summary>keys_view.isdisjoint(iterable) (dictobject.c: dictviews_isdisjoint).</summary>
    private static PyObject ViewIsDisjoint(PyObject self, PyObject other)
    {
        if (ReferenceEquals(self, other))
            return PyBool.From(Ops.Length(self) == 0);
        var (walked, probed) = (other, self);
        if (other is PySet or PyDictView { ViewKind: not PyDictView.Kind.Values } && Ops.Length(other) > Ops.Length(self))
            (walked, probed) = (self, other);
        var it = Ops.GetIter(walked);
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            if (Ops.Contains(probed, x))
                return PyBool.False;
        }
        return PyBool.True;
    }

    private static bool IsSubset(PySet a, PySet b) => a.Count <= b.Count && a.Items().All(b.Contains);

    /// <summary>Set comparisons: subset and superset, strict or not (NotImplemented for non-sets).</summary>
    public static PyObject? Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyDictView { ViewKind: not PyDictView.Kind.Values } view)
            return b is PySet or PyDictView { ViewKind: not PyDictView.Kind.Values } ? ViewCompare(view, b, op) : null;
        if (a is not PySet x || b is not PySet y)
            return null;
        return op switch
        {
            CompareOp.Lt => PyBool.From(x.Count < y.Count && IsSubset(x, y)),
            CompareOp.Le => PyBool.From(IsSubset(x, y)),
            CompareOp.Gt => PyBool.From(x.Count > y.Count && IsSubset(y, x)),
            CompareOp.Ge => PyBool.From(IsSubset(y, x)),
            _ => null,
        };
    }
}
