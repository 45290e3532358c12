using System.Text;

namespace Adder.Runtime;

/// <summary>The methods of list and dict.</summary>
internal static class TypeMethods
{
    public static void Register()
    {
        var list = PyList.TypeObject;
        list.Method("append", (args, kw) =>
        {
            ObjectArrays.Append(((PyList)args[0]).Items, args[1]);
            return PyNone.Instance;
        }, CallShape.OneArg);
        list.Method("extend", (args, kw) =>
        {
            var iterable = args[1];
            ExtendList((PyList)args[0], iterable);
            return PyNone.Instance;
        }, CallShape.OneArg);
        list.Method("insert", (args, kw) =>
        {
            if (args.Length != 3)
                throw Errors.Type($"insert expected 2 arguments, got {args.Length - 1}");
            var items = ((PyList)args[0]).Items;
            long i = SsizeArg(args[1]);
            if (i < 0)
                i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), args[2]);
            return PyNone.Instance;
        }, CallShape.FastCall);
        list.Method("remove", (args, kw) =>
        {
            var value = args[1];
            var items = ((PyList)args[0]).Items;
            int i = IndexOf(items, value, 0, long.MaxValue);
            if (i < 0)
                return Errors.Pending(Errors.Value("list.remove(x): x not in list"));
            items.RemoveAt(i);
            return PyNone.Instance;
        }, CallShape.OneArg);
        list.Method("index", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            var (start, stop) = NumberAndSequenceMethods.IndexArguments(args, items.Count);
            int i = IndexOf(items, args[1], start, stop);
            return i >= 0 ? PyInt.From(i) : Errors.Pending(Errors.Value($"{Ops.Repr(args[1])} is not in list"));
        }, CallShape.FastCall);
        list.Method("count", (args, kw) =>
        {
            var target = args[1];
            var items = ((PyList)args[0]).Items;
            long n = 0;
            for (int i = 0; i < items.Count; i++)
            {
                var x = items[i];
                if (ReferenceEquals(x, target) || Ops.Equal(x, target))
                    n++;
            }
            return PyInt.From(n);
        }, CallShape.OneArg);
        list.Method("reverse", (args, kw) =>
        {
            ((PyList)args[0]).Items.Reverse();
            return PyNone.Instance;
        }, CallShape.NoArgs);
        list.Method("copy", (args, kw) => new PyList(new List<PyObject>(((PyList)args[0]).Items)), CallShape.NoArgs);
        list.Method("clear", (args, kw) =>
        {
            ((PyList)args[0]).Items.Clear();
            return PyNone.Instance;
        }, CallShape.NoArgs);
        list.Method("sort", (args, kw) => ListSort.SortMethod(args, kw));
        list.Method("pop", (args, kw) =>
        {
            if (args.Length > 2)
                throw Errors.Type($"pop expected at most 1 argument, got {args.Length - 1}");
            var items = ((PyList)args[0]).Items;
            long i = args.Length > 1 ? SsizeArg(args[1]) : -1;
            if (items.Count == 0)
                return Errors.Pending(Errors.Index("pop from empty list"));
            if (i < 0)
                i += items.Count;
            if (i < 0 || i >= items.Count)
                throw Errors.Index("pop index out of range");
            var v = items[(int)i];
            items.RemoveAt((int)i);
            return v;
        }, CallShape.FastCall);

        var dict = PyDict.TypeObject;
        dict.Method("get", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyAndDefault("get", args, kw);
            return d.TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : PyNone.Instance;
        });
        dict.Method("keys", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Keys), CallShape.NoArgs);
        dict.Method("values", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Values), CallShape.NoArgs);
        dict.Method("items", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Items), CallShape.NoArgs);
        dict.Method("pop", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyAndDefault("pop", args, kw);
            if (d.Count > 0 && d.Pop(args[1], out var v)) // an empty dict does not hash the key
                return v;
            return args.Length > 2 ? args[2] : Errors.Pending(Errors.Key(args[1]));
        });
        dict.Method("setdefault", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyAndDefault("setdefault", args, kw);
            return d.SetDefault(args[1], args.Length > 2 ? args[2] : PyNone.Instance);
        });
        dict.Method("update", (args, kw) =>
        {
            var d = (PyDict)args[0];
            int positional = args.Length - (kw?.Length ?? 0);
            if (positional > 2)
                throw Errors.Type($"update expected at most 1 argument, got {positional - 1}");
            if (positional == 2 && !ReferenceEquals(args[1], d))
                Builtins.UpdateDict(d, args[1]);
            for (int i = 0; kw is not null && i < kw.Length; i++)
                d.Set(kw[i], args[positional + i]);
            return PyNone.Instance;
        });
        dict.Method("copy", (args, kw) =>
        {
            var copy = new PyDict();
            int position = 0;
            var source = (PyDict)args[0];
            while (source.NextEntry(ref position, out var k, out var v))
                copy.Set(k, v);
            return copy;
        }, CallShape.NoArgs);
        dict.Method("clear", (args, kw) =>
        {
            ((PyDict)args[0]).Clear();
            return PyNone.Instance;
        }, CallShape.NoArgs);
    }

    /// <summary>The (key[, default]) arguments of dict.get, pop and setdefault.</summary>
    private static void KeyAndDefault(string name, ReadOnlySpan<PyObject> args, PyObject[]? kw)
    {
        if (kw is { Length: > 0 })
            NumberAndSequenceMethods.NoKeywords("dict." + name, kw);
        if (args.Length < 2)
            throw Errors.Type($"{name} expected at least 1 argument, got 0");
        if (args.Length > 3)
            throw Errors.Type($"{name} expected at most 2 arguments, got {args.Length - 1}");
    }

    /// <summary>list.extend: a list or tuple is added at once (itself too); items of other iterables one by one,
    /// so that those before a failure stay added.</summary>
    internal static void ExtendList(PyList list, PyObject iterable)
    {
        var items = list.Items;
        switch (iterable)
        {
            case PyList other:
                items.AddRange(ReferenceEquals(other, list) ? other.Items.ToArray() : other.Items);
                return;
            case PyTuple tuple:
                items.AddRange(tuple.Items);
                return;
        }
        var it = Ops.GetIter(iterable);
        for (var x = it.Next(); x is not null; x = it.Next())
            items.Add(x);
    }

    /// <summary>A Py_ssize_t argument (through __index__).</summary>
    internal static long SsizeArg(PyObject o)
    {
        var i = Ops.Index(o);
        return i.IsBig ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t") : i.Value;
    }

    private static int IndexOf(List<PyObject> items, PyObject x, long start, long stop)
    {
        for (int i = (int)start; i < stop && i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], x) || Ops.Equal(items[i], x))
                return i;
        }
        return -1;
    }
}

/// <summary>dict.keys(), .values() and .items(): live views of a dict.</summary>
public sealed class PyDictView : PyObject
{
    public enum Kind
    {
        Keys,
        Values,
        Items,
    }

    private static readonly PyType[] s_types = { PyType.Builtin("dict_keys"), PyType.Builtin("dict_values"), PyType.Builtin("dict_items") };

    public static PyType[] Types => s_types;

    public PyDictView(PyDict dict, Kind kind)
        : base(s_types[(int)kind])
    {
        Dict = dict;
        ViewKind = kind;
    }

    public PyDict Dict { get; }
    public Kind ViewKind { get; }

    public IEnumerable<PyObject> Elements() => Dict.Items().Select(kv => ViewKind switch
    {
        Kind.Keys => kv.Key,
        Kind.Values => kv.Value,
        _ => (PyObject)new PyTuple(new[] { kv.Key, kv.Value }),
    });

    public override string ToString() => Type.Name + "([" + string.Join(", ", Elements().Select(Ops.Repr)) + "])";
}
