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
        Method(list, "extend", (args, kw) =>
        {
            ((PyList)args[0]).Items.AddRange(Ops.UnpackSequenceAny(args[1]));
            return PyNone.Instance;
        });
        Method(list, "insert", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            long i = ((PyInt)args[1]).Value;
            if (i < 0)
                i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), args[2]);
            return PyNone.Instance;
        });
        Method(list, "remove", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            int i = IndexOf(items, args[1]);
            if (i < 0)
                throw Errors.Value("list.remove(x): x not in list");
            items.RemoveAt(i);
            return PyNone.Instance;
        });
        Method(list, "index", (args, kw) => IndexOf(((PyList)args[0]).Items, args[1]) is int i and >= 0 ? PyInt.From(i)
            : throw Errors.Value($"{Ops.Repr(args[1])} is not in list"));
        Method(list, "count", (args, kw) =>
        {
            var target = args[1];
            return PyInt.From(((PyList)args[0]).Items.Count(x => ReferenceEquals(x, target) || Ops.Equal(x, target)));
        });
        Method(list, "reverse", (args, kw) =>
        {
            ((PyList)args[0]).Items.Reverse();
            return PyNone.Instance;
        });
        Method(list, "copy", (args, kw) => new PyList(new List<PyObject>(((PyList)args[0]).Items)));
        Method(list, "clear", (args, kw) =>
        {
            ((PyList)args[0]).Items.Clear();
            return PyNone.Instance;
        });
        Method(list, "sort", (args, kw) =>
        {
            BuiltinFunctions.Sort((PyList)args[0], BuiltinFunctions.KwArg(args, kw, "key"), BuiltinFunctions.KwArg(args, kw, "reverse") is { } r && Ops.IsTrue(r));
            return PyNone.Instance;
        });
        Method(list, "pop", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            if (items.Count == 0)
                throw Errors.Index("pop from empty list");
            long i = args.Length > 1 ? ((PyInt)args[1]).Value : items.Count - 1;
            if (i < 0)
                i += items.Count;
            if (i < 0 || i >= items.Count)
                throw Errors.Index("pop index out of range");
            var v = items[(int)i];
            items.RemoveAt((int)i);
            return v;
        });

        var dict = PyDict.TypeObject;
        Method(dict, "get", (args, kw) => ((PyDict)args[0]).TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : PyNone.Instance);
        Method(dict, "keys", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Keys));
        Method(dict, "values", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Values));
        Method(dict, "items", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Items));
        Method(dict, "pop", (args, kw) =>
        {
            var d = (PyDict)args[0];
            if (d.TryGetValue(args[1], out var v))
            {
                d.Remove(args[1]);
                return v;
            }
            return args.Length > 2 ? args[2] : throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new[] { args[1] })));
        });
        Method(dict, "setdefault", (args, kw) =>
        {
            var d = (PyDict)args[0];
            if (d.TryGetValue(args[1], out var v))
                return v;
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            d.Set(args[1], value);
            return value;
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
            var copy = new PyDict();
            foreach (var (k, v) in ((PyDict)args[0]).Items())
                copy.Set(k, v);
            return copy;
        });
        Method(dict, "clear", (args, kw) =>
        {
            var d = (PyDict)args[0];
            foreach (var (k, _) in d.Items().ToList())
                d.Remove(k);
            return PyNone.Instance;
        });
    }

    private static int IndexOf(List<PyObject> items, PyObject x)
    {
        for (int i = 0; i < items.Count; i++)
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
