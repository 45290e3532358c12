using System.Globalization;
using Adder.Runtime.Interpreter;

namespace Adder.Runtime;

public static partial class Ops
{
    /// <summary>Calls any callable from C#. Python functions run in a nested evaluation loop.</summary>
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwNames = null)
    {
        switch (callable)
        {
            case PyBuiltinFunction b:
            {
                PyObject[]? names = kwNames?.Items;
                if (b.Self is null)
                    return b.Invoke(args, names);
                var withSelf = new PyObject[args.Length + 1];
                withSelf[0] = b.Self;
                args.CopyTo(withSelf.AsSpan(1));
                return b.Invoke(withSelf, names);
            }
            case PyGenericAlias alias:
                return Call(alias.Origin, args, kwNames);
            case PyFunction fn:
                return Interpreter.Interpreter.Run(Interpreter.Interpreter.PrepareFrame(fn, args, kwNames, null));
            case PyMethod m:
            {
                var withSelf = new PyObject[args.Length + 1];
                withSelf[0] = m.Self;
                args.CopyTo(withSelf.AsSpan(1));
                return Call(m.Function, withSelf, kwNames);
            }
            case PyType t when t.IsHeapType:
                return CreateInstance(t, args, kwNames);
            case PyType t when t.NewWithKeywords is not null:
                return t.NewWithKeywords(t, args, kwNames);
            case PyType t when t.New is not null:
                return kwNames is { Items.Length: > 0 }
                    ? throw Errors.Type($"{t.Name}() takes no keyword arguments")
                    : t.New(t, args);
            case PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException):
                return PyBaseException.Create(t, args);
        }
        if (callable.Type.IsHeapType && callable.Type.Lookup("__call__") is { } call)
        {
            var withSelf = new PyObject[args.Length + 1];
            withSelf[0] = callable;
            args.CopyTo(withSelf.AsSpan(1));
            return Call(call, withSelf, kwNames);
        }
        throw Errors.Type($"'{callable.Type.Name}' object is not callable");
    }

    /// <summary>A method defined on the object's type, for LOAD_METHOD (null: use a plain attribute).</summary>
    public static PyObject? LookupMethod(PyObject obj, string name)
    {
        // Types and super objects find attributes their own way.
        if (obj is PyType or PySuper)
            return null;
        var attr = obj.Type.Lookup(name);
        if (attr is PyBuiltinFunction { Self: null } || attr is PyFunction)
            return InstanceAttribute(obj, name) is null ? attr : null;
        return null;
    }

    public static PyObject GetAttr(PyObject obj, string name) =>
        TryGetAttr(obj, name) ?? throw (obj is PyType t ? Errors.Raise(ExceptionTypes.AttributeError, $"type object '{t.Name}' has no attribute '{name}'") : Errors.Attribute(obj, name));

    /// <summary>getattr without raising when the attribute is missing (for hasattr and defaults).</summary>
    public static PyObject? TryGetAttr(PyObject obj, string name)
    {
        switch (obj, name)
        {
            case (PyType t, "__name__" or "__qualname__"):
                return new PyStr(t.Name);
            case (PyType t, "__mro__"):
                return new PyTuple(t.Mro);
            case (PyType t, "__bases__"):
                return new PyTuple(t.Bases);
            case (PySlice s, "start"):
                return s.Start;
            case (PySlice s, "stop"):
                return s.Stop;
            case (PySlice s, "step"):
                return s.Step;
            case (PyRange r, "start"):
                return PyInt.From(r.Start);
            case (PyRange r, "stop"):
                return PyInt.From(r.Stop);
            case (PyRange r, "step"):
                return PyInt.From(r.Step);
            case (PyBaseException e, "args"):
                return e.Args;
            case (PyBaseException e, "value") when e.Type.IsSubtypeOf(ExceptionTypes.StopIteration):
                return e.Args.Items.Length > 0 ? e.Args.Items[0] : PyNone.Instance;
            case (PyBaseException e, "__context__"):
                return (PyObject?)e.Context ?? PyNone.Instance;
            case (PyBaseException e, "__cause__"):
                return (PyObject?)e.Cause ?? PyNone.Instance;
            case (PyBaseException e, "__suppress_context__"):
                return PyBool.From(e.SuppressContext);
            case (PyFunction f, _) when f.Dict?.Get(name) is { } own:
                return own;
            case (PyFunction f, "__name__"):
                return new PyStr(f.Name);
            case (PyFunction f, "__dict__"):
                return f.Dict ??= new PyDict();
            case (PyFunction f, "__annotations__"):
                return f.AnnotationsDict();
            case (PyFunction f, "__qualname__"):
                return new PyStr(f.Qualname);
            case (PyFunction f, "__code__"):
                return f.Code;
            case (PyFunction f, "__defaults__"):
                return f.Defaults.Length == 0 ? PyNone.Instance : new PyTuple(f.Defaults);
            case (PyFunction f, "__kwdefaults__"):
                return (PyObject?)f.KwDefaults ?? PyNone.Instance;
            case (PyFunction f, "__doc__"):
                return f.Code.Consts.Length > 0 && f.Code.Consts[0] is PyStr doc ? doc : PyNone.Instance;
            case (PyFunction f, "__closure__"):
                return f.Closure.Length == 0 ? PyNone.Instance : new PyTuple(f.Closure);
            case (PyFunction f, "__globals__"):
                return f.Globals;
            case (PyFunction f, "__module__"):
                return f.Globals.Get("__name__") ?? PyNone.Instance;
            case (PyComplex c, "real"):
                return new PyFloat(c.Value.Real);
            case (PyComplex c, "imag"):
                return new PyFloat(c.Value.Imaginary);
            case (PyFloat fl, "real"):
                return fl;
            case (PyFloat, "imag"):
                return new PyFloat(0);
            case (PyInt i, "real" or "numerator"):
                return PyInt.From(i.AsBig);
            case (PyInt, "imag"):
                return PyInt.From(0);
            case (PyInt, "denominator"):
                return PyInt.From(1);
            case (PyCell c, "cell_contents"):
                return c.Contents ?? throw Errors.Value("Cell is empty");
            case (PyCode c, "co_flags"):
                return PyInt.From((long)c.Flags);
            case (PyCode c, "co_name"):
                return new PyStr(c.Name);
            case (PyCode c, "co_qualname"):
                return new PyStr(c.Qualname);
            case (PyCode c, "co_filename"):
                return new PyStr(c.Filename);
            case (PyCode c, "co_argcount"):
                return PyInt.From(c.Argcount);
            case (PyCode c, "co_posonlyargcount"):
                return PyInt.From(c.Posonlyargcount);
            case (PyCode c, "co_kwonlyargcount"):
                return PyInt.From(c.Kwonlyargcount);
            case (PyCode c, "co_nlocals"):
                return PyInt.From(c.Nlocals);
            case (PyCode c, "co_firstlineno"):
                return PyInt.From(c.Firstlineno);
            case (PyCode c, "co_varnames"):
                return new PyTuple(c.Varnames.Select(n => (PyObject)new PyStr(n)).ToArray());
            case (PyCode c, "co_cellvars"):
                return new PyTuple(c.Cellvars.Select(n => (PyObject)new PyStr(n)).ToArray());
            case (PyCode c, "co_freevars"):
                return new PyTuple(c.Freevars.Select(n => (PyObject)new PyStr(n)).ToArray());
            case (PyCode c, "co_names"):
                return new PyTuple(c.Names.Select(n => (PyObject)new PyStr(n)).ToArray());
            case (PyCode c, "co_consts"):
                return new PyTuple(c.Consts);
            case (PyBaseException e, "code") when e.Type.IsSubtypeOf(ExceptionTypes.SystemExit):
                return e.Args.Items.Length == 0 ? PyNone.Instance : e.Args.Items.Length == 1 ? e.Args.Items[0] : e.Args;
            case (PyGenerator g, "__name__"):
                return new PyStr(g.Name);
            case (PyGenerator g, "__qualname__"):
                return new PyStr(g.Qualname);
            case (_, "__class__"):
                return obj.Type;
            case (PyInstance or PyBaseException, "__dict__"):
            {
                var d = new PyDict();
                var attrs = obj is PyInstance i ? i.Attributes : ((PyBaseException)obj).Attributes;
                foreach (var (key, value) in attrs.Items(obj.Type))
                    d.Set(key, value);
                return d;
            }
            case (PyModule module, _):
                return module.Dict.Get(name) ?? GenericGetAttr(obj, name);
            case (PyGenericAlias g, "__origin__"):
                return g.Origin;
            case (PyGenericAlias g, "__args__"):
                return g.Args;
            case (PyMethod m, "__self__"):
                return m.Self;
            case (PyMethod m, "__func__"):
                return m.Function;
            case (PyBaseException e, _):
                return GenericGetAttr(obj, name) ?? ExceptionField(e, name);
        }
        return GenericGetAttr(obj, name);
    }

    /// <summary>
    /// The fields CPython's exception constructors fill from args: SyntaxError(msg, (filename, lineno,
    /// offset, text, end_lineno, end_offset)) and OSError(errno, strerror[, filename[, winerror[, filename2]]]).
    /// </summary>
    private static PyObject? ExceptionField(PyBaseException e, string name)
    {
        var args = e.Args.Items;
        if (e.Type.IsSubtypeOf(ExceptionTypes.SyntaxError))
        {
            if (name == "msg")
                return args.Length >= 1 ? args[0] : PyNone.Instance;
            int index = Array.IndexOf(s_syntaxErrorFields, name);
            if (index < 0)
                return null;
            return args.Length == 2 && args[1] is PyTuple { Items.Length: >= 4 } details && index < details.Items.Length
                ? details.Items[index]
                : PyNone.Instance;
        }
        if (e.Type.IsSubtypeOf(ExceptionTypes.OSError))
        {
            bool filled = args.Length >= 2 && args.Length <= 5;
            return name switch
            {
                "errno" => filled ? args[0] : PyNone.Instance,
                "strerror" => filled ? args[1] : PyNone.Instance,
                "filename" => filled && args.Length >= 3 ? args[2] : PyNone.Instance,
                "filename2" => filled && args.Length >= 5 ? args[4] : PyNone.Instance,
                _ => null,
            };
        }
        return null;
    }

    private static readonly string[] s_syntaxErrorFields = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };

    public static PyObject[] UnpackSequence(PyObject seq, int count)
    {
        PyObject[] items = seq switch
        {
            PyTuple t => t.Items,
            PyList l => l.Items.ToArray(),
            _ => Collect(seq),
        };
        if (items.Length > count)
            throw Errors.Value($"too many values to unpack (expected {count})");
        if (items.Length < count)
            throw Errors.Value($"not enough values to unpack (expected {count}, got {items.Length})");
        return items;
    }

    internal static PyObject[] UnpackSequenceAny(PyObject seq) => seq switch
    {
        PyTuple t => t.Items,
        PyList l => l.Items.ToArray(),
        _ => Collect(seq),
    };

    private static PyObject[] Collect(PyObject iterable)
    {
        var it = GetIter(iterable);
        var items = new List<PyObject>();
        for (var x = it.Next(); x is not null; x = it.Next())
            items.Add(x);
        return items.ToArray();
    }

    /// <summary>format(value, spec): __format__ of Python classes, the mini-language for builtin types.</summary>
    public static string Format(PyObject value, string spec)
    {
        if (value.Type.IsHeapType && value.Type.Lookup("__format__") is not null)
            return CallDunder(value, "__format__", new PyStr(spec)) is PyStr s ? s.Value : throw Errors.Type("__format__ must return a str");
        if (spec.Length == 0)
            return Str(value);
        return FormatSpec.Format(value, spec);
    }

    /// <summary>
    /// MATCH_CLASS: the attributes a class pattern extracts, or null when the subject does not match
    /// (Python/ceval.c: match_class).
    /// </summary>
    public static PyTuple? MatchClass(PyObject subject, PyObject cls, int positional, PyTuple kwNames)
    {
        if (cls is not PyType type)
            throw Errors.Type("called match pattern must be a type");
        if (!subject.Type.IsSubtypeOf(type))
            return null;
        var values = new List<PyObject>();
        if (positional > 0)
        {
            var matchArgs = type.Lookup("__match_args__");
            if (matchArgs is null)
            {
                // Builtin types like int and str match the subject itself with one positional pattern.
                bool self = !type.IsHeapType || type.Base is { } b && !ReferenceEquals(b, PyType.Object) && !type.Dict.ContainsKey("__match_args__");
                if (!self || positional > 1)
                    throw Errors.Type($"{type.Name}() accepts 0 positional sub-patterns ({positional} given)");
                values.Add(subject);
            }
            else
            {
                var names = matchArgs as PyTuple ?? throw Errors.Type($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                if (positional > names.Items.Length)
                    throw Errors.Type($"{type.Name}() accepts {names.Items.Length} positional sub-pattern{(names.Items.Length == 1 ? "" : "s")} ({positional} given)");
                for (int i = 0; i < positional; i++)
                {
                    string attr = Str(names.Items[i]);
                    if (kwNames.Items.Any(k => Str(k) == attr))
                        throw Errors.Type($"{type.Name}() got multiple sub-patterns for attribute '{attr}'");
                    var value = TryGetAttr(subject, attr);
                    if (value is null)
                        return null;
                    values.Add(value);
                }
            }
        }
        foreach (var name in kwNames.Items)
        {
            var value = TryGetAttr(subject, Str(name));
            if (value is null)
                return null;
            values.Add(value);
        }
        return new PyTuple(values.ToArray());
    }

    /// <summary>except T: whether the exception is an instance of T (or of one of a tuple of types).</summary>
    public static bool ExceptionMatches(PyBaseException exc, PyObject type) => type switch
    {
        PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException) => exc.Type.IsSubtypeOf(t),
        PyTuple tuple => tuple.Items.Any(item => ExceptionMatches(exc, item)),
        _ => throw Errors.Type("catching classes that do not inherit from BaseException is not allowed"),
    };

    public static void DelItem(PyObject container, PyObject key)
    {
        if (container.Type.IsHeapType && CallDunder(container, "__delitem__", key) is not null)
            return;
        if (key is PySlice slice && container is PyList list)
        {
            var (start, _, step, count) = slice.Indices(list.Items.Count);
            var doomed = new HashSet<long>();
            for (long i = 0, k = start; i < count; i++, k += step)
                doomed.Add(k);
            int w = 0;
            for (int r = 0; r < list.Items.Count; r++)
            {
                if (!doomed.Contains(r))
                    list.Items[w++] = list.Items[r];
            }
            list.Items.RemoveRange(w, list.Items.Count - w);
            return;
        }
        switch (container)
        {
            case PyList l:
                l.Items.RemoveAt(key is PyInt i && !i.IsBig && i.Value >= -l.Items.Count && i.Value < l.Items.Count
                    ? (int)(i.Value < 0 ? i.Value + l.Items.Count : i.Value)
                    : throw Errors.Index("list assignment index out of range"));
                return;
            case PyDict d:
                if (!d.Remove(key))
                    throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new[] { key })));
                return;
        }
        throw Errors.Type($"'{container.Type.Name}' object does not support item deletion");
    }

    /// <summary>RAISE_VARARGS: an exception instance from a class or instance, with its cause.</summary>
    public static PyException MakeRaise(PyObject exc, PyObject? cause)
    {
        var value = exc switch
        {
            PyBaseException e => e,
            PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException) => (PyBaseException)Call(t, ReadOnlySpan<PyObject>.Empty),
            _ => throw Errors.Type("exceptions must derive from BaseException"),
        };
        if (cause is not null)
        {
            value.Cause = cause is PyNone ? null : cause as PyBaseException;
            value.SuppressContext = true;
        }
        return new PyException(value);
    }
}
