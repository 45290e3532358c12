using System.Globalization;
using System.Numerics;
using System.Text;

namespace Adder.Runtime;

/// <summary>More builtin functions and the common methods of the builtin types.</summary>
internal static class BuiltinFunctions
{
    /// <summary>any() (<paramref name="any"/>) or all() of the items <paramref name="it"/> has left: the
    /// first item whose truth decides it stops the iteration.</summary>
    internal static bool AnyOrAll(PyIterator it, bool any)
    {
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            if (Ops.IsTrue(x) == any)
                return any;
        }
        return !any;
    }

    public static void Register(PyDict d)
    {
        void Def(string name, PyBuiltinFunction.Body body, CallShape shape = CallShape.Any, (sbyte, sbyte)? arity = null) =>
            d.Set(name, new PyBuiltinFunction(name, body) { Shape = shape, Arity = arity });

        // Builtins that are classes in CPython, whose instances are their iterators.
        void DefType(string name, PyBuiltinFunction.Body body)
        {
            var type = PyGeneratorIterator.TypeFor(name);
            type.NewWithKeywords = (cls, args, kwNames) => body(args, kwNames?.Items);
            d.Set(name, type);
        }

        Def("sorted", (args, kw) =>
        {
            int positional = args.Length - (kw?.Length ?? 0);
            if (positional != 1)
                throw Errors.Type($"sorted expected 1 argument, got {positional}");
            var list = new PyList(new List<PyObject>(Ops.UnpackSequenceAny(args[0])));
            var sortArgs = args.ToArray();
            sortArgs[0] = list;
            ListSort.SortMethod(sortArgs, kw);
            return list;
        });
        DefType("enumerate", (args, kw) =>
        {
            if (args.Length == 0)
                throw Errors.Type("enumerate() missing required argument 'iterable'");
            var v = new PyObject?[2];
            ArgParser.Bind("enumerate", args, kw, s_enumerateNames, v, required: 1);
            var start = v[1] is null ? PyInt.From(0) : Ops.Index(v[1]!); // before the iterable is asked for an iterator
            return new PyEnumerate(Ops.GetIter(v[0]!), start);
        });
        DefType("zip", (args, kw) =>
        {
            int positional = args.Length - (kw?.Length ?? 0);
            if (kw is { Length: > 0 } && (kw.Length > 1 || ((PyStr)kw[0]).Value != "strict"))
                throw Errors.Type($"'{((PyStr)kw[^1]).Value}' is an invalid keyword argument for zip()");
            bool strict = KwArg(args, kw, "strict") is { } flag && Ops.IsTrue(flag);
            var its = new PyIterator[positional];
            for (int i = 0; i < positional; i++)
                its[i] = Ops.GetIter(args[i]);
            return new PyZip(its, strict);
        });
        DefType("map", (args, kw) =>
        {
            if (args.Length < 2)
                throw Errors.Type("map() must have at least two arguments.");
            var fn = args[0];
            var its = new PyIterator[args.Length - 1];
            for (int i = 1; i < args.Length; i++)
                its[i - 1] = Ops.GetIter(args[i]);
            return new PyMap(fn, its);
        });
        DefType("filter", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type("filter() takes no keyword arguments");
            return args.Length == 2 ? new PyFilter(args[0], Ops.GetIter(args[1]))
                : throw Errors.Type($"filter expected 2 arguments, got {args.Length}");
        });
        DefType("reversed", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type("reversed() takes no keyword arguments");
            var seq = args.Length == 1 ? args[0] : throw Errors.Type($"reversed expected 1 argument, got {args.Length}");
            if (seq.Type.IsHeapType && Ops.CallDunder(seq, "__reversed__") is { } custom)
                return custom;
            if (seq.Type.IsHeapType && seq.Type.Lookup("__getitem__") is not null && seq.Type.Lookup("__len__") is not null)
                return new PyReversedIterator(seq);
            switch (seq)
            {
                case PyList list:
                    return new PyListReverseIterator(list);
                case PyRange range:
                    return range.Iterate(reverse: true);
                case PyTuple or PyStr or PyBytes or PyByteArray:
                    return new PyReversedIterator(seq);
                case PyDict d:
                    return new PyDictIterator(d, PyDictView.Kind.Keys, reverse: true);
                case PyDictView view:
                    return new PyDictIterator(view.Dict, view.ViewKind, reverse: true);
                default:
                    throw Errors.Type($"'{seq.Type.Name}' object is not reversible");
            }
        });
        Def("any", (args, kw) => PyBool.From(AnyOrAll(Ops.GetIter(args[0]), any: true)), CallShape.OneArg);
        ((PyBuiltinFunction)d.Get("any")!).Consumes = (0, Interpreter.AnyOrAllConsumer.MakeAny);
        Def("all", (args, kw) => PyBool.From(AnyOrAll(Ops.GetIter(args[0]), any: false)), CallShape.OneArg);
        ((PyBuiltinFunction)d.Get("all")!).Consumes = (0, Interpreter.AnyOrAllConsumer.MakeAll);
        Def("divmod", (args, kw) => Ops.DivMod(args[0], args[1]), arity: (2, 2));
        Def("pow", (args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ArgParser.Bind("pow", args, kw, s_powNames, v, required: 2);
            PyObject a = v[0]!, b = v[1]!, m = v[2] ?? PyNone.Instance;
            if (m is PyNone)
                return Ops.BinaryOp(a, b, (int)BinaryOperator.Power);
            if (a.Type.IsHeapType || b.Type.IsHeapType)
            {
                // pow(a, b, m) on objects: a.__pow__(b, m) only (there is no reflected ternary pow).
                if (a.Type.IsHeapType && Ops.CallDunder(a, "__pow__", b, m) is { } result && !ReferenceEquals(result, Ops.NotImplemented))
                    return result;
                throw Errors.Type($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{m.Type.Name}'");
            }
            // Each distinct numeric type's slot in turn, as ternary_op does.
            var tried = new List<PyType>(3);
            foreach (var o in new[] { a, b, m })
            {
                PyType? slot = o switch { PyInt => PyInt.TypeObject, PyFloat => PyFloat.TypeObject, PyComplex => PyComplex.TypeObject, _ => null };
                if (slot is null || tried.Contains(slot))
                    continue;
                tried.Add(slot);
                var r = NumberMethods.TernaryPower(a, b, m, slot);
                if (!ReferenceEquals(r, Ops.NotImplemented))
                    return r;
            }
            throw Errors.Type($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{m.Type.Name}'");
        });
        Def("chr", (args, kw) =>
        {
            int code = ArgParser.CInt(args[0]);
            if (code is < 0 or > 0x10FFFF)
                throw Errors.Value("chr() arg not in range(0x110000)");
            return new PyStr(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32((int)code));
        }, CallShape.OneArg);
        Def("ord", (args, kw) =>
        {
            var c = args[0];
            if (c is PyStr s)
            {
                return s.Length == 1 ? PyInt.From(s.Value.Length == 1 ? s.Value[0] : char.ConvertToUtf32(s.Value, 0))
                    : throw Errors.Type($"ord() expected a character, but string of length {s.Length} found");
            }
            if (c is PyBytes or PyByteArray)
            {
                var data = BytesMethods.Data(c);
                return data.Length == 1 ? PyInt.From(data[0]) : throw Errors.Type($"ord() expected a character, but string of length {data.Length} found");
            }
            throw Errors.Type($"ord() expected string of length 1, but {c.Type.Name} found");
        }, CallShape.OneArg);
        Def("hex", (args, kw) => new PyStr(IntText.WithPrefix(Ops.Index(args[0]), 16, "0x")), CallShape.OneArg);
        Def("oct", (args, kw) => new PyStr(IntText.WithPrefix(Ops.Index(args[0]), 8, "0o")), CallShape.OneArg);
        Def("bin", (args, kw) => new PyStr(IntText.WithPrefix(Ops.Index(args[0]), 2, "0b")), CallShape.OneArg);
        Def("round", (args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Bind("round", args, kw, s_roundNames, v, required: 1);
            var x = v[0]!;
            var ndigits = v[1] ?? PyNone.Instance;
            if (x.Type.IsHeapType && x.Type.LookupOverride("__round__") is not null)
                return v[1] is null ? Ops.CallDunder(x, "__round__")! : Ops.CallDunder(x, "__round__", ndigits)!;
            return x switch
            {
                PyInt i => NumberMethods.RoundInt(i, ndigits),
                PyFloat f => NumberMethods.RoundFloat(f.Value, ndigits),
                _ => x.Type.Lookup("__round__") is { } method
                    ? Ops.Call(Ops.DescriptorGet(method, x, x.Type), v[1] is null ? ReadOnlySpan<PyObject>.Empty : new[] { ndigits })
                    : throw Errors.Type($"type {x.Type.Name} doesn't define __round__ method"),
            };
        });
        Def("hash", (args, kw) => PyInt.From(Ops.Hash(args[0])), CallShape.OneArg);
        Def("abs", (args, kw) => args[0] switch
        {
            PyInt i => i.AsBig.Sign < 0 ? Ops.Negate(i) : PyInt.From(i.AsBig),
            PyFloat f => new PyFloat(Math.Abs(f.Value)),
            PyComplex c => new PyFloat(PyComplex.Abs(c.Value)),
            var o => Ops.CallDunder(o, "__abs__") ?? throw Errors.Type($"bad operand type for abs(): '{o.Type.Name}'"),
        }, CallShape.OneArg);
        Def("id", (args, kw) => PyInt.From(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(args[0])), CallShape.OneArg);
        Def("format", (args, kw) =>
        {
            if (args.Length is < 1 or > 2)
                throw Errors.Type(args.Length == 0 ? "format() missing required argument 'value' (pos 1)" : $"format expected at most 2 arguments, got {args.Length}");
            if (args.Length > 1 && args[1] is not PyStr)
                throw Errors.Type($"format() argument 2 must be str, not {Errors.TypeNameOrNone(args[1])}");
            return new PyStr(Ops.Format(args[0], args.Length > 1 ? ((PyStr)args[1]).Value : ""));
        }, arity: (1, 2));
        Def("vars", (args, kw) => args.Length == 0 ? Interpreter.Interpreter.CurrentLocals()
            : Ops.LookupAttr(args[0], "__dict__") ?? throw Errors.Type("vars() argument must have __dict__ attribute"));
        Def("dir", (args, kw) =>
        {
            if (args.Length > 1)
                throw Errors.Type($"dir expected at most 1 argument, got {args.Length}");
            var names = new List<PyObject>();
            if (args.Length == 0)
            {
                foreach (var (k, _) in ((PyDict)Interpreter.Interpreter.CurrentLocals()).Items())
                    names.Add(k);
            }
            else
            {
                var dir = args[0].Type.Lookup("__dir__") ?? throw Errors.Type("object does not provide __dir__");
                var result = Ops.Call(Ops.DescriptorGet(dir, args[0], args[0].Type), ReadOnlySpan<PyObject>.Empty);
                names.AddRange(Ops.UnpackSequenceAny(result));
            }
            var list = new PyList(names);
            ListSort.Sort(list, null, false);
            return list;
        });
        Def("ascii", (args, kw) => new PyStr(AsciiRepr(Ops.Repr(args[0]))), CallShape.OneArg);
        Def("compile", (args, kw) => Compile(args[0], Ops.Str(args[1]), Ops.Str(args[2]), "compile() arg 1 must be a string, bytes or AST object"));
        Def("exec", (args, kw) =>
        {
            var code = args[0] as PyCode ?? (PyCode)Compile(args[0], "<string>", "exec", "exec() arg 1 must be a string, bytes or code object");
            var (globals, locals) = Namespaces(args);
            Interpreter.Interpreter.RunCode(code, globals, locals);
            return PyNone.Instance;
        });
        Def("eval", (args, kw) =>
        {
            var code = args[0] as PyCode ?? (PyCode)Compile(args[0] is PyStr s ? new PyStr(s.Value.TrimStart(' ', '\t')) : args[0], "<string>", "eval",
                "eval() arg 1 must be a string, bytes or code object");
            var (globals, locals) = Namespaces(args);
            return Interpreter.Interpreter.RunCode(code, globals, locals);
        });
        d.Set("slice", PySlice.TypeObject);
        PySlice.TypeObject.New = (cls, args) => args.Length switch
        {
            1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
            2 => new PySlice(args[0], args[1], PyNone.Instance),
            3 => new PySlice(args[0], args[1], args[2]),
            0 => throw Errors.Type("slice expected at least 1 argument, got 0"),
            _ => throw Errors.Type($"slice expected at most 3 arguments, got {args.Length}"),
        };
        // type(None)(), type(...)() and type(NotImplemented)() give the singletons.
        foreach (var (singleton, name) in new[] { ((PyObject)PyNone.Instance, "NoneType"), (Ops.Ellipsis, "EllipsisType"), (Ops.NotImplemented, "NotImplementedType") })
        {
            singleton.Type.NewWithKeywords = (cls, args, kwNames) => args.Length == 0 ? singleton
                : throw Errors.Type($"{name} takes no arguments");
        }
    }

    private static (PyDict Globals, PyDict Locals) Namespaces(ReadOnlySpan<PyObject> args)
    {
        var globals = args.Length > 1 && args[1] is PyDict g ? g : Interpreter.Interpreter.CurrentGlobals();
        var locals = args.Length > 2 && args[2] is PyDict l ? l : args.Length > 1 && args[1] is PyDict ? globals : Interpreter.Interpreter.CurrentLocals();
        if (globals.Get("__builtins__") is null)
            globals.Set("__builtins__", new PyModule("builtins", Builtins.Dict));
        return (globals, locals);
    }

    /// <summary>compile(source, filename, mode): a code object for exec or eval mode.</summary>
    private static PyObject Compile(PyObject source, string filename, string mode, string typeError)
    {
        byte[] bytes = source switch
        {
            PyStr s => Encoding.UTF8.GetBytes(s.Value),
            PyBytes b => b.Value,
            _ => throw Errors.Type(typeError),
        };
        try
        {
            return mode switch
            {
                "exec" => Compiler.CodeGenerator.CompileModule(Compiler.SyntaxChecker.Check(bytes, filename), filename),
                "single" => Compiler.CodeGenerator.CompileModule(Compiler.SyntaxChecker.Check(bytes, filename), filename, interactive: true),
                "eval" => Compiler.CodeGenerator.CompileExpression(Parser.PythonParser.ParseExpression(bytes, filename), filename),
                _ => throw Errors.Value("compile() mode must be 'exec', 'eval' or 'single'"),
            };
        }
        catch (Parser.PythonSyntaxError e)
        {
            // A syntax error in compiled text is an ordinary Python exception.
            var error = new PyBaseException(ExceptionTypes.SyntaxError, new PyTuple(new PyObject[]
            {
                new PyStr(e.Msg),
                new PyTuple(new PyObject[] { new PyStr(e.Filename ?? filename), PyInt.From(e.Lineno), PyInt.From(e.Offset), e.Text is null ? PyNone.Instance : new PyStr(e.Text), PyInt.From(e.EndLineno ?? 0), PyInt.From(e.EndOffset ?? 0) }),
            }));
            throw new PyException(error);
        }
    }

    /// <summary>object.__dir__: the instance's attributes and its class's (modules: their namespace).</summary>
    internal static PyObject ObjectDir(PyObject obj)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PyObject>();
        void Add(string name)
        {
            if (names.Add(name))
                result.Add(new PyStr(name));
        }
        if (obj is PyModule { Dict: var ns } && ns.Get("__dir__") is { } moduleDir)
            return Ops.Call(moduleDir, ReadOnlySpan<PyObject>.Empty);
        if (Ops.InstanceDict(obj, create: obj is PyInstance or PyBaseException) is { } own)
        {
            foreach (var (k, _) in own.Items())
                Add(Ops.Str(k));
        }
        if (obj is not PyModule)
        {
            foreach (var t in obj.Type.Mro)
            {
                foreach (var k in t.Dict.Keys)
                    Add(k);
            }
        }
        return new PyList(result);
    }

    /// <summary>type.__dir__: the attributes of the class and its bases (not of its metaclass).</summary>
    internal static PyObject TypeDir(PyType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PyObject>();
        foreach (var t in type.Mro)
        {
            foreach (var k in t.Dict.Keys)
            {
                if (names.Add(k))
                    result.Add(new PyStr(k));
            }
        }
        return new PyList(result);
    }

    public static PyObject? KwArg(ReadOnlySpan<PyObject> args, PyObject[]? kw, string name)
    {
        if (kw is null)
            return null;
        for (int i = 0; i < kw.Length; i++)
        {
            if (((PyStr)kw[i]).Value == name)
                return args[args.Length - kw.Length + i];
        }
        return null;
    }

    private static readonly string[] s_enumerateNames = { "iterable", "start" };

    private static readonly string[] s_powNames = { "base", "exp", "mod" };

    private static readonly string[] s_roundNames = { "number", "ndigits" };

    internal static string AsciiRepr(string repr)
    {
        var sb = new StringBuilder();
        foreach (var rune in repr.EnumerateRunes())
        {
            int cp = rune.Value;
            if (cp < 0x80)
                sb.Append((char)cp);
            else if (cp <= 0xff)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}

/// <summary>A builtin lazy iterator (enumerate, zip, map, filter objects).</summary>
public sealed class PyGeneratorIterator : PyIterator
{
    private static readonly Dictionary<string, PyType> s_types = new();
    private readonly IEnumerator<PyObject> _source;

    public PyGeneratorIterator(string typeName, IEnumerator<PyObject> source)
        : base(TypeFor(typeName))
    {
        _source = source;
    }

    internal static PyType TypeFor(string name)
    {
        lock (s_types)
        {
            if (!s_types.TryGetValue(name, out var t))
            {
                s_types[name] = t = PyType.Builtin(name);
                AddProtocol(t);
            }
            return t;
        }
    }

    public override PyObject? Next() => _source.MoveNext() ? _source.Current : null;
}

/// <summary>reversed(sequence) for sequences without __reversed__: indexes from the end (Objects/enumobject.c).</summary>
public sealed class PyReversedIterator : PyIterator
{
    public static readonly PyType TypeObject = PyGeneratorIterator.TypeFor("reversed");

    private PyObject? _sequence;
    private long _index;

    public PyReversedIterator(PyObject sequence)
        : base(TypeObject)
    {
        _sequence = sequence;
        _index = Ops.Length(sequence) - 1;
    }

    public override long LengthHint
    {
        get
        {
            if (_sequence is null)
                return 0;
            long size = Ops.Length(_sequence);
            return size < _index + 1 ? 0 : _index + 1;
        }
    }

    public override PyObject? Next()
    {
        if (_sequence is null || _index < 0)
        {
            _sequence = null;
            return null;
        }
        try
        {
            return Ops.GetItem(_sequence, PyInt.From(_index--));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            _sequence = null;
            return null;
        }
    }
}
