using System.Text;

namespace Adder.Runtime;

/// <summary>The common methods of list and dict (the builtin-types issue completes them).</summary>
internal static class TypeMethods
{
    private static void Method(PyType type, string name, PyBuiltinFunction.Body body) =>
        type.Method(name, body);


    public static void Register()
    {
        var list = PyList.TypeObject;
        Method(list, "append", (args, kw) =>
        {
            ((PyList)args[0]).Items.Add(NumberAndSequenceMethods.OneArgument("list.append", args, kw));
            return PyNone.Instance;
        });
        Method(list, "extend", (args, kw) =>
        {
            var iterable = NumberAndSequenceMethods.OneArgument("list.extend", args, kw);
            ExtendList((PyList)args[0], iterable);
            return PyNone.Instance;
        });
        Method(list, "insert", (args, kw) =>
        {
            NumberAndSequenceMethods.NoKeywords("list.insert", kw);
            if (args.Length != 3)
                throw Errors.Type($"insert expected 2 arguments, got {args.Length - 1}");
            var items = ((PyList)args[0]).Items;
            long i = SsizeArg(args[1]);
            if (i < 0)
                i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), args[2]);
            return PyNone.Instance;
        });
        Method(list, "remove", (args, kw) =>
        {
            var value = NumberAndSequenceMethods.OneArgument("list.remove", args, kw);
            var items = ((PyList)args[0]).Items;
            int i = IndexOf(items, value, 0, long.MaxValue);
            if (i < 0)
                throw Errors.Value("list.remove(x): x not in list");
            items.RemoveAt(i);
            return PyNone.Instance;
        });
        Method(list, "index", (args, kw) =>
        {
            NumberAndSequenceMethods.NoKeywords("list.index", kw);
            var items = ((PyList)args[0]).Items;
            var (start, stop) = NumberAndSequenceMethods.IndexArguments(args, items.Count);
            int i = IndexOf(items, args[1], start, stop);
            return i >= 0 ? PyInt.From(i) : throw Errors.Value($"{Ops.Repr(args[1])} is not in list");
        });
        Method(list, "count", (args, kw) =>
        {
            var target = NumberAndSequenceMethods.OneArgument("list.count", args, kw);
            var items = ((PyList)args[0]).Items;
            long n = 0;
            for (int i = 0; i < items.Count; i++)
            {
                var x = items[i];
                if (ReferenceEquals(x, target) || Ops.Equal(x, target))
                    n++;
            }
            return PyInt.From(n);
        });
        Method(list, "reverse", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("list.reverse", args, kw);
            ((PyList)args[0]).Items.Reverse();
            return PyNone.Instance;
        });
        Method(list, "copy", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("list.copy", args, kw);
            return new PyList(new List<PyObject>(((PyList)args[0]).Items));
        });
        Method(list, "clear", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("list.clear", args, kw);
            ((PyList)args[0]).Items.Clear();
            return PyNone.Instance;
        });
        Method(list, "sort", (args, kw) => ListSort.SortMethod(args, kw));
        Method(list, "pop", (args, kw) =>
        {
            NumberAndSequenceMethods.NoKeywords("list.pop", kw);
            if (args.Length > 2)
                throw Errors.Type($"pop expected at most 1 argument, got {args.Length - 1}");
            var items = ((PyList)args[0]).Items;
            long i = args.Length > 1 ? SsizeArg(args[1]) : -1;
            if (items.Count == 0)
                throw Errors.Index("pop from empty list");
            if (i < 0)
                i += items.Count;
            if (i < 0 || i >= items.Count)
                throw Errors.Index("pop index out of range");
            var v = items[(int)i];
            items.RemoveAt((int)i);
            return v;
        });

        var dict = PyDict.TypeObject;
        Method(dict, "get", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyAndDefault("get", args, kw);
            return d.TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : PyNone.Instance;
        });
        Method(dict, "keys", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("dict.keys", args, kw);
            return new PyDictView((PyDict)args[0], PyDictView.Kind.Keys);
        });
        Method(dict, "values", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("dict.values", args, kw);
            return new PyDictView((PyDict)args[0], PyDictView.Kind.Values);
        });
        Method(dict, "items", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("dict.items", args, kw);
            return new PyDictView((PyDict)args[0], PyDictView.Kind.Items);
        });
        Method(dict, "pop", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyAndDefault("pop", args, kw);
            if (d.Count > 0 && d.Pop(args[1], out var v)) // an empty dict does not hash the key
                return v;
            return args.Length > 2 ? args[2] : throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new[] { args[1] })));
        });
        Method(dict, "setdefault", (args, kw) =>
        {
            var d = (PyDict)args[0];
            KeyAndDefault("setdefault", args, kw);
            return d.SetDefault(args[1], args.Length > 2 ? args[2] : PyNone.Instance);
        });
        Method(dict, "update", (args, kw) =>
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
        Method(dict, "copy", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("dict.copy", args, kw);
            var copy = new PyDict();
            int position = 0;
            var source = (PyDict)args[0];
            while (source.NextEntry(ref position, out var k, out var v))
                copy.Set(k, v);
            return copy;
        });
        Method(dict, "clear", (args, kw) =>
        {
            NumberAndSequenceMethods.NoArguments("dict.clear", args, kw);
            ((PyDict)args[0]).Clear();
            return PyNone.Instance;
        });
    }

    /// <summary>The (key[, default]) arguments of dict.get, pop and setdefault.</summary>
    private static void KeyAndDefault(string name, ReadOnlySpan<PyObject> args, PyObject[]? kw)
    {
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
