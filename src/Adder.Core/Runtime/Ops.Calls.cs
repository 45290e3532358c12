using System.Globalization;
using Adder.Runtime.Interpreter;

namespace Adder.Runtime;

public static partial class Ops
{
    /// <summary>Calls any callable from C#. Python functions run in a nested evaluation loop.</summary>
    /// <summary>callable(arg), the argument passed without an array.</summary>
    public static PyObject Call(PyObject callable, PyObject arg) => Call(callable, new ReadOnlySpan<PyObject>(ref arg));

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwNames = null)
    {
        switch (callable)
        {
            case PyBuiltinFunction b:
            {
                PyObject[]? names = kwNames?.Items;
                if (b.Self is null)
                {
                    if (b.Owner is not null)
                    {
                        b.CheckSelf(args);
                        if (b.Arity is not null)
                            b.CheckArity(args.Length - 1 - (names?.Length ?? 0), names);
                        else if (b.Shape != CallShape.Any)
                            b.CheckShape(args.Length - 1 - (names?.Length ?? 0), names);
                    }
                    else if (b.Arity is not null)
                        b.CheckArity(args.Length - (names?.Length ?? 0), names);
                    else if (b.Shape != CallShape.Any)
                        b.CheckShape(args.Length - (names?.Length ?? 0), names);
                    return Interpreter.Interpreter.ThrowIfRaised(b.Invoke(args, names));
                }
                if (b.Arity is not null)
                    b.CheckArity(args.Length - (names?.Length ?? 0), names);
                else if (b.Shape != CallShape.Any)
                    b.CheckShape(args.Length - (names?.Length ?? 0), names);
                var withSelf = new PyObject[args.Length + 1];
                withSelf[0] = b.Self;
                args.CopyTo(withSelf.AsSpan(1));
                return Interpreter.Interpreter.ThrowIfRaised(b.Invoke(withSelf, names));
            }
            case PyStaticMethod sm:
                return Call(sm.Function, args, kwNames);
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
            case PyType t:
                if (!ReferenceEquals(t.Type, PyType.TypeType) && t.Type.LookupOverride("__call__") is { } metaCall)
                {
                    var withType = new PyObject[args.Length + 1];
                    withType[0] = t;
                    args.CopyTo(withType.AsSpan(1));
                    return Call(metaCall, withType, kwNames);
                }
                // Builtin types construct their instances directly.
                if (!t.IsHeapType && t.NewWithKeywords is { } keywordNew)
                    return keywordNew(t, args, kwNames);
                if (!t.IsHeapType && t.New is { } builtinNew)
                {
                    return kwNames is { Items.Length: > 0 }
                        ? throw Errors.Type($"{t.Name}() takes no keyword arguments")
                        : builtinNew(t, args);
                }
                return PyType.CallType(t, args, kwNames);
        }
        if (callable.Type.IsHeapType && callable.Type.LookupOverride("__call__") is { } call)
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
        var type = obj.Type;
        // Types, modules and super objects find attributes their own way.
        if (obj is PyType or PySuper or PyModule)
            return null;
        if (type.IsHeapType && !type.HasPlainGetAttr && type.LookupOverride("__getattribute__") is not null)
            return null;
        var attr = type.Lookup(name, out int sharedKey);
        if (attr is PyFunction || attr is PyBuiltinFunction { IsMethodDescriptor: true })
        {
            if (obj is PyInstance { Attributes.HasDict: false } instance)
                return instance.Attributes.ValueAt(sharedKey) is null ? attr : null;
            if (InstanceDict(obj, create: false) is { } dict)
                return dict.Get(name) is null ? attr : null;
            return InstanceAttribute(obj, name) is null ? attr : null;
        }
        return null;
    }

    public static PyObject[] UnpackSequence(PyObject seq, int count)
    {
        PyObject[] items = seq switch
        {
            PyTuple t => t.Items,
            PyList l => l.Items.ToArray(),
            _ => CollectForUnpacking(seq),
        };
        if (items.Length > count)
            throw Errors.Value($"too many values to unpack (expected {count})");
        if (items.Length < count)
            throw Errors.Value($"not enough values to unpack (expected {count}, got {items.Length})");
        return items;
    }

    /// <summary>The items of a list, tuple or other iterable; a TypeError with <paramref name="message"/> when it
    /// is not iterable (abstract.c: PySequence_Fast).</summary>
    internal static PyObject[] SequenceFast(PyObject seq, string message)
    {
        switch (seq)
        {
            case PyTuple t:
                return t.Items;
            case PyList l:
                return l.Items.ToArray();
        }
        PyIterator it;
        try
        {
            it = GetIter(seq);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            throw Errors.Type(message);
        }
        var items = new List<PyObject>();
        for (var x = it.Next(); x is not null; x = it.Next())
            ObjectArrays.Append(items, x);
        return items.ToArray();
    }

    internal static PyObject[] UnpackSequenceAny(PyObject seq) => seq switch
    {
        PyTuple t => t.Items,
        PyList l => l.Items.ToArray(),
        _ => Collect(seq),
    };

    /// <summary>The items of what an assignment unpacks, with CPython's message when it is not iterable.</summary>
    internal static PyObject[] CollectForUnpacking(PyObject seq)
    {
        if (seq is not PyIterator && seq.Type.Lookup("__iter__") is null && seq.Type.Lookup("__getitem__") is null)
            throw Errors.Type($"cannot unpack non-iterable {seq.Type.Name} object");
        return Collect(seq);
    }

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
        if (value.Type.IsHeapType && value.Type.LookupOverride("__format__") is not null)
        {
            var formatted = CallDunder(value, "__format__", new PyStr(spec))!;
            return formatted is PyStr s ? s.Value : throw Errors.Type($"__format__ must return a str, not {formatted.Type.Name}");
        }
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
        BuiltinDelItem(container, key);
    }

    /// <summary>del container[key] for the builtin types (their __delitem__).</summary>
    internal static void BuiltinDelItem(PyObject container, PyObject key)
    {
        if (key is PySlice slice && container is PyList list)
        {
            var (start, _, step, count) = slice.Indices(list.Items.Count);
            if (count == 0)
                return;
            if (step == 1 || step == -1)
            {
                list.Items.RemoveRange((int)(step == 1 ? start : start - count + 1), (int)count);
                return;
            }
            var doomed = new bool[list.Items.Count];
            for (long i = 0, k = start; i < count; i++, k += step)
                doomed[k] = true;
            int w = 0;
            for (int r = 0; r < doomed.Length; r++)
            {
                if (!doomed[r])
                    list.Items[w++] = list.Items[r];
            }
            list.Items.RemoveRange(w, list.Items.Count - w);
            return;
        }
        switch (container)
        {
            case PyByteArray array:
                array.DelItem(key);
                return;
            case PyList l:
                l.Items.RemoveAt(SequenceIndex(key, l.Items.Count, "list", assignment: true));
                return;
            case PyDict d:
                if (!d.Remove(key))
                    throw Errors.Key(key);
                return;
        }
        throw Errors.Type($"'{container.Type.Name}' object doesn't support item deletion");
    }

    /// <summary>RAISE_VARARGS: an exception instance from a class or instance, with its cause.</summary>
    /// <summary>The exception generator.throw(typ[, val[, tb]]) raises.</summary>
    internal static PyBaseException ThrownException(ReadOnlySpan<PyObject> args)
    {
        if (args.Length is 0 or > 3)
            throw Errors.Type($"throw expected at least 1 argument, got {args.Length}");
        var value = args.Length > 1 ? args[1] : PyNone.Instance;
        PyBaseException exception;
        if (args[0] is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            exception = value switch
            {
                PyBaseException e when e.Type.IsSubtypeOf(t) => e,
                PyNone => (PyBaseException)Call(t, ReadOnlySpan<PyObject>.Empty),
                PyTuple tuple => (PyBaseException)Call(t, tuple.Items),
                _ => (PyBaseException)Call(t, new[] { value }),
            };
        }
        else if (args[0] is PyBaseException instance)
        {
            if (value is not PyNone)
                throw Errors.Type("instance exception may not have a separate value");
            exception = instance;
        }
        else
        {
            throw Errors.Type($"exceptions must be classes or instances deriving from BaseException, not {args[0].Type.Name}");
        }
        if (args.Length == 3 && args[2] is not PyNone)
            exception.Traceback = args[2] as PyTraceback ?? throw Errors.Type("throw() third argument must be a traceback object");
        return exception;
    }

    public static PyException MakeRaise(PyObject exc, PyObject? cause)
    {
        var value = Instantiate(exc, isCause: false)!;
        if (cause is not null)
        {
            value.Cause = Instantiate(cause, isCause: true);
            value.SuppressContext = true;
        }
        return new PyException(value);

        // An exception instance, or a class called without arguments; None only for a cause.
        static PyBaseException? Instantiate(PyObject o, bool isCause) => o switch
        {
            PyBaseException e => e,
            PyNone when isCause => null,
            PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException) => Call(t, ReadOnlySpan<PyObject>.Empty) as PyBaseException
                ?? throw Errors.Type($"calling {Repr(t)} should have returned an instance of BaseException, not {t.Name}"),
            _ => throw Errors.Type(isCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException"),
        };
    }
}
