namespace Adder.Runtime;

/// <summary>The methods of set and frozenset, set comparisons, and dict.fromkeys/popitem.</summary>
internal static class SetAndDictMethods
{
    private static PySet Self(PyObject o) => (PySet)o;

    /// <summary>The elements of any iterable as a set (the argument of union() and friends).</summary>
    private static PySet AsSet(PyObject o) => o as PySet ?? PySet.From(Ops.UnpackSequenceAny(o));

    /// <summary>A new set of the same kind (set or frozenset) as <paramref name="like"/>.</summary>
    private static PySet Make(PySet like, IEnumerable<PyObject> items) => PySet.From(items, like.IsFrozen);

    public static void Register()
    {
        foreach (var type in new[] { PySet.SetType, PySet.FrozenSetType })
        {
            type.Method("union", (args, kw) =>
            {
                var result = Make(Self(args[0]), Self(args[0]).Items());
                foreach (var other in args[1..])
                {
                    foreach (var x in AsSet(other).Items())
                        result.Add(x);
                }
                return result;
            });
            type.Method("intersection", (args, kw) =>
            {
                IEnumerable<PyObject> items = Self(args[0]).Items().ToList();
                foreach (var other in args[1..])
                {
                    var set = AsSet(other);
                    items = items.Where(set.Contains).ToList();
                }
                return Make(Self(args[0]), items);
            });
            type.Method("difference", (args, kw) =>
            {
                IEnumerable<PyObject> items = Self(args[0]).Items().ToList();
                foreach (var other in args[1..])
                {
                    var set = AsSet(other);
                    items = items.Where(x => !set.Contains(x)).ToList();
                }
                return Make(Self(args[0]), items);
            });
            type.Method("symmetric_difference", (args, kw) =>
            {
                var a = Self(args[0]);
                var b = AsSet(args[1]);
                return Make(a, a.Items().Where(x => !b.Contains(x)).Concat(b.Items().Where(x => !a.Contains(x))).ToList());
            });
            type.Method("issubset", (args, kw) => PyBool.From(IsSubset(Self(args[0]), AsSet(args[1]))));
            type.Method("issuperset", (args, kw) => PyBool.From(IsSubset(AsSet(args[1]), Self(args[0]))));
            type.Method("isdisjoint", (args, kw) => PyBool.From(!AsSet(args[1]).Items().Any(Self(args[0]).Contains)));
            type.Method("copy", (args, kw) => Self(args[0]).IsFrozen && args[0].Type == PySet.FrozenSetType ? args[0] : Make(Self(args[0]), Self(args[0]).Items()));
        }
        var mutable = PySet.SetType;
        mutable.Method("update", (args, kw) =>
        {
            foreach (var other in args[1..])
            {
                foreach (var x in AsSet(other).Items().ToList())
                    Self(args[0]).Add(x);
            }
            return PyNone.Instance;
        });
        mutable.Method("clear", (args, kw) =>
        {
            Self(args[0]).Clear();
            return PyNone.Instance;
        });
        mutable.Method("pop", (args, kw) =>
        {
            var set = Self(args[0]);
            var first = set.Items().FirstOrDefault() ?? throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new PyObject[] { new PyStr("pop from an empty set") })));
            set.Remove(first);
            return first;
        });
        foreach (var (name, op) in new[] { ("intersection_update", "intersection"), ("difference_update", "difference"), ("symmetric_difference_update", "symmetric_difference") })
        {
            mutable.Method(name, (args, kw) =>
            {
                var result = (PySet)Ops.Call(Ops.GetAttr(args[0], op), args[1..]);
                var set = Self(args[0]);
                set.Clear();
                foreach (var x in result.Items())
                    set.Add(x);
                return PyNone.Instance;
            });
        }

        var dict = PyDict.TypeObject;
        dict.SetAttribute("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (args, kw) =>
        {
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            var result = Ops.Call(args[0], ReadOnlySpan<PyObject>.Empty);
            var it = Ops.GetIter(args[1]);
            for (var key = it.Next(); key is not null; key = it.Next())
                Ops.SetItem(result, key, value);
            return result;
        })));
        dict.Method("popitem", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyValuePair<PyObject, PyObject>? last = null;
            foreach (var item in d.Items())
                last = item;
            if (last is not { } pair)
                throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new PyObject[] { new PyStr("popitem(): dictionary is empty") })));
            d.Remove(pair.Key);
            return new PyTuple(new[] { pair.Key, pair.Value });
        });
    }

    private static bool IsSubset(PySet a, PySet b) => a.Count <= b.Count && a.Items().All(b.Contains);

    /// <summary>Set comparisons: subset and superset, strict or not (NotImplemented for non-sets).</summary>
    public static PyObject? Compare(PyObject a, PyObject b, CompareOp op)
    {
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
