using System.Runtime.CompilerServices;
using System.Text;

namespace Adder.Runtime;

/// <summary>The builtins module: the functions and types every program sees without importing.</summary>
public static class Builtins
{
    private static TextWriter? s_stdout;

    public static readonly PyBuiltinFunction BuildClass = new("__build_class__", PyType.BuildClass);

    public static readonly PyDict Dict = Create();

    /// <summary>
    /// Where print() writes (the CLI installs a buffered UTF-8 stream). Console.Out only when asked for: making it
    /// loads ICU (the console encoding), a cost start-up need not pay.
    /// </summary>
    public static TextWriter Stdout
    {
        get => s_stdout ??= Console.Out;
        set => s_stdout = value;
    }

    private static PyDict Create()
    {
        PyType.InitializeTypeAndObject();
        BuiltinAttributes.Register();
        var d = new PyDict();
        void Def(string name, PyBuiltinFunction.Body body, CallShape shape = CallShape.Any, (sbyte, sbyte)? arity = null) =>
            d.Set(name, new PyBuiltinFunction(name, body) { Shape = shape, Arity = arity });

        Def("print", Print);
        PyFile.Register();
        Def("open", (args, kw) =>
        {
            Span<PyObject?> values = new PyObject?[8];
            ArgParser.Bind("open", args, kw, s_openParameters, values, required: 1);
            string path = values[0] switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
                var other => Ops.LookupAttr(other!, "__fspath__") is { } fspath ? Ops.Str(Ops.Call(fspath, ReadOnlySpan<PyObject>.Empty))
                    : throw Errors.Type($"expected str, bytes or os.PathLike object, not {other!.Type.Name}"),
            };
            string mode = values[1] is PyStr m ? m.Value : values[1] is null ? "r" : throw Errors.Type($"open() argument 'mode' must be str, not {Errors.TypeNameOrNone(values[1]!)}");
            string? encoding = values[3] is PyStr e ? e.Value : null;
            return PyFile.Open(path, mode, encoding);
        });
        Def("input", (args, kw) =>
        {
            if (args.Length > 1)
                throw Errors.Type($"input expected at most 1 argument, got {args.Length}");
            var sys = Modules.SysModule.Instance;
            if (args.Length == 1)
            {
                var stdout = sys.Dict.Get("stdout")!;
                Ops.Call(Ops.GetAttr(stdout, "write"), new PyObject[] { new PyStr(Ops.Str(args[0])) });
                Ops.Call(Ops.GetAttr(stdout, "flush"), ReadOnlySpan<PyObject>.Empty);
            }
            var line = Ops.Call(Ops.GetAttr(sys.Dict.Get("stdin")!, "readline"), ReadOnlySpan<PyObject>.Empty);
            string text = Ops.Str(line);
            if (text.Length == 0)
                throw Errors.Raise(ExceptionTypes.EOFError, "EOF when reading a line");
            return new PyStr(text.EndsWith('\n') ? text[..^1] : text);
        });
        Def("len", (args, kw) => PyInt.From(Ops.Length(args[0])), CallShape.OneArg);
        Def("repr", (args, kw) => new PyStr(Ops.Repr(args[0])), CallShape.OneArg);
        Def("sum", (args, kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Bind("sum", args, kw, s_sumParameters, v, required: 1, positionalOnly: 1);
            var it = Ops.GetIter(v[0]!);
            PyObject total = v[1] ?? PyInt.From(0);
            if (total is PyStr)
                throw Errors.Type("sum() can't sum strings [use ''.join(seq) instead]");
            if (total is PyBytes)
                throw Errors.Type("sum() can't sum bytes [use b''.join(seq) instead]");
            if (total is PyByteArray)
                throw Errors.Type("sum() can't sum bytearray [use b''.join(seq) instead]");
            return Sum(it, total);
        });
        ((PyBuiltinFunction)d.Get("sum")!).Consumes = (0, Interpreter.SumConsumer.Make);
        Def("min", (args, kw) => Extreme(args, kw, CompareOp.Lt, "min"));
        Def("max", (args, kw) => Extreme(args, kw, CompareOp.Gt, "max"));
        Def("hasattr", (args, kw) => PyBool.From(Ops.LookupAttr(args[0], Ops.AttributeName(args[1])) is not null), arity: (2, 2));
        Def("getattr", (args, kw) => args.Length > 2
            ? Ops.LookupAttr(args[0], Ops.AttributeName(args[1])) ?? args[2]
            : Ops.GetAttr(args[0], Ops.AttributeName(args[1])), arity: (2, 3));
        Def("isinstance", (args, kw) => PyBool.From(IsInstance(args[0], args[1])), arity: (2, 2));
        Def("issubclass", (args, kw) => PyBool.From(IsSubclass(args[0] is PyType ? args[0] : throw Errors.Type("issubclass() arg 1 must be a class"), args[1])), arity: (2, 2));
        Def("setattr", (args, kw) =>
        {
            Ops.SetAttr(args[0], Ops.AttributeName(args[1]), args[2]);
            return PyNone.Instance;
        }, arity: (3, 3));
        Def("delattr", (args, kw) =>
        {
            Ops.DelAttr(args[0], Ops.AttributeName(args[1]));
            return PyNone.Instance;
        }, arity: (2, 2));
        Def("callable", (args, kw) => PyBool.From(Ops.IsCallable(args[0])), CallShape.OneArg);
        Def("super", (args, kw) => args.Length switch
        {
            0 => Interpreter.Interpreter.ZeroArgumentSuper(),
            1 or 2 => new PySuper(args[0] as PyType ?? throw Errors.Type($"super() argument 1 must be a type, not {args[0].Type.Name}"),
                args.Length == 2 ? args[1] : null),
            _ => throw Errors.Type($"super() takes at most 2 arguments ({args.Length} given)"),
        });
        d.Set("__build_class__", BuildClass);
        PyProperty.TypeObject.NewWithKeywords = (cls, args, kwNames) => InitProperty(new PyProperty(null, null, null), args, kwNames?.Items);
        // Also callable on an existing property (a subclass's super().__init__, or re-initializing one).
        Method(PyProperty.TypeObject, "__init__", (args, kw) =>
        {
            InitProperty((PyProperty)args[0], args[1..], kw);
            return PyNone.Instance;
        });
        PyStaticMethod.TypeObject.New = (cls, args) => new PyStaticMethod(args[0]);
        PyClassMethod.TypeObject.New = (cls, args) => new PyClassMethod(args[0]);
        Method(PyProperty.TypeObject, "setter", (args, kw) => ((PyProperty)args[0]).With(setter: args[1]));
        Method(PyProperty.TypeObject, "getter", (args, kw) => ((PyProperty)args[0]).With(getter: args[1]));
        Method(PyProperty.TypeObject, "deleter", (args, kw) => ((PyProperty)args[0]).With(deleter: args[1]));
        foreach (var t in new[] { PyProperty.TypeObject, PyStaticMethod.TypeObject, PyClassMethod.TypeObject })
            d.Set(t.Name, t);

        d.Set("None", PyNone.Instance);
        d.Set("True", PyBool.True);
        d.Set("False", PyBool.False);
        d.Set("NotImplemented", Ops.NotImplemented);
        d.Set("Ellipsis", Ops.Ellipsis);

        PyRange.TypeObject.New = (cls, args) => args.Length switch
        {
            1 => new PyRange(0, IndexValue(args[0]), 1),
            2 => new PyRange(IndexValue(args[0]), IndexValue(args[1]), 1),
            3 => IndexValue(args[2]) == 0 ? throw Errors.Value("range() arg 3 must not be zero")
                : new PyRange(IndexValue(args[0]), IndexValue(args[1]), IndexValue(args[2])),
            _ => throw Errors.Type($"range expected at most 3 arguments, got {args.Length}"),
        };
        PyStr.TypeObject.NewWithKeywords = (cls, args, kwNames) =>
        {
            var v = new PyObject?[3];
            ArgParser.Bind("str", args, kwNames?.Items, s_strParameters, v);
            if (v[1] is null && v[2] is null)
                return v[0] is null ? PyStr.Empty : v[0] is PyStr { Type.IsHeapType: false } same ? same : new PyStr(Ops.Str(v[0]!));
            // str(bytes, encoding, errors) decodes.
            string encoding = v[1] is null ? "utf-8" : v[1] is PyStr e ? e.Value : throw Errors.Type($"str() argument 'encoding' must be str, not {Errors.TypeNameOrNone(v[1]!)}");
            string errors = v[2] is null ? "strict" : v[2] is PyStr r ? r.Value : throw Errors.Type($"str() argument 'errors' must be str, not {Errors.TypeNameOrNone(v[2]!)}");
            if (v[0] is PyStr)
                throw Errors.Type("decoding str is not supported");
            return new PyStr(Codecs.Decode(v[0] is null ? default : BytesMethods.TryGetBuffer(v[0]!, out var data) ? data
                : throw Errors.Type($"decoding to str: need a bytes-like object, {v[0]!.Type.Name} found"), encoding, errors));
        };
        PyInt.TypeObject.NewWithKeywords = (cls, args, kwNames) => IntFrom(args, kwNames);
        PyFloat.TypeObject.New = (cls, args) => args.Length switch
        {
            0 => new PyFloat(0),
            1 => FloatFrom(args[0]),
            _ => throw Errors.Type($"float expected at most 1 argument, got {args.Length}"),
        };
        PyBool.TypeObject.New = (cls, args) => args.Length <= 1 ? PyBool.From(args.Length > 0 && Ops.IsTrue(args[0]))
            : throw Errors.Type($"bool expected at most 1 argument, got {args.Length}");
        PyList.TypeObject.New = (cls, args) =>
        {
            if (args.Length > 1)
                throw Errors.Type($"list expected at most 1 argument, got {args.Length}");
            var list = new PyList();
            if (args.Length > 0)
            {
                var it = Ops.GetIter(args[0]);
                for (var x = it.Next(); x is not null; x = it.Next())
                    list.Items.Add(x);
            }
            return list;
        };
        PyTuple.TypeObject.New = (cls, args) => args.Length switch
        {
            0 => PyTuple.Empty,
            1 when args[0] is PyTuple { Type.IsHeapType: false } same => same,
            1 => Ops.UnpackSequenceAny(args[0]) is { Length: > 0 } items ? new PyTuple(items) : PyTuple.Empty,
            _ => throw Errors.Type($"tuple expected at most 1 argument, got {args.Length}"),
        };
        PySet.SetType.New = (cls, args) => args.Length <= 1 ? PySet.New(false, args.Length == 0 ? null : args[0])
            : throw Errors.Type($"set expected at most 1 argument, got {args.Length}");
        PySet.FrozenSetType.New = (cls, args) => args.Length switch
        {
            0 => new PySet(frozen: true),
            1 when args[0] is PySet { Type.IsHeapType: false } same && same.Type == PySet.FrozenSetType => same,
            1 => PySet.New(true, args[0]),
            _ => throw Errors.Type($"frozenset expected at most 1 argument, got {args.Length}"),
        };
        PyDict.TypeObject.NewWithKeywords = (cls, args, kwNames) =>
        {
            int keywords = kwNames?.Items.Length ?? 0;
            int positional = args.Length - keywords;
            if (positional > 1)
                throw Errors.Type($"dict expected at most 1 argument, got {positional}");
            var dict = new PyDict();
            if (positional == 1)
                UpdateDict(dict, args[0]);
            for (int i = 0; i < keywords; i++)
                dict.Set(kwNames!.Items[i], args[positional + i]);
            return dict;
        };
        foreach (var t in new[] { PySet.SetType, PySet.FrozenSetType })
            d.Set(t.Name, t);
        // Subclasses of the mutable containers are filled by __init__ (their __new__ makes them empty).
        PyList.TypeObject.Slot("__init__", (args, kw) =>
        {
            NoKeywords("list", kw);
            if (args.Length > 2)
                throw Errors.Type($"list expected at most 1 argument, got {args.Length - 1}");
            var items = ((PyList)args[0]).Items;
            items.Clear();
            if (args.Length == 2)
                items.AddRange(Ops.UnpackSequenceAny(args[1]));
            return PyNone.Instance;
        });
        PyDict.TypeObject.Slot("__init__", (args, kw) =>
        {
            int keywords = kw?.Length ?? 0;
            int positional = args.Length - 1 - keywords;
            if (positional > 1)
                throw Errors.Type($"dict expected at most 1 argument, got {positional}");
            var dict = (PyDict)args[0];
            if (positional == 1)
                UpdateDict(dict, args[1]);
            for (int i = 0; i < keywords; i++)
                dict.Set(kw![i], args[1 + positional + i]);
            return PyNone.Instance;
        });
        PySet.SetType.Slot("__init__", (args, kw) =>
        {
            NoKeywords("set", kw);
            if (args.Length > 2)
                throw Errors.Type($"set expected at most 1 argument, got {args.Length - 1}");
            var set = (PySet)args[0];
            set.Clear();
            if (args.Length == 2)
                set.Update(args[1]);
            return PyNone.Instance;
        });
        foreach (var t in new[] { PyRange.TypeObject, PyStr.TypeObject, PyInt.TypeObject, PyFloat.TypeObject, PyBool.TypeObject, PyList.TypeObject, PyTuple.TypeObject, PyDict.TypeObject, PyType.TypeType, PyType.Object })
            d.Set(t.Name, t);
        foreach (var t in ExceptionTypes.All)
            d.Set(t.Name, t);
        d.Set("EnvironmentError", ExceptionTypes.OSError);
        d.Set("IOError", ExceptionTypes.OSError);
        ExceptionTypes.BaseException.AddBuiltinNew();

        BuiltinFunctions.Register(d);
        PyBytes.Register(d);
        PyComplex.Register(d);
        TypeMethods.Register();
        StrMethods.Register();
        StrUnicodeMethods.Register();
        Def("iter", (args, kw) => args.Length switch
        {
            1 => Ops.GetIter(args[0]),
            2 => Ops.IsCallable(args[0])
                ? new PyGeneratorIterator("callable_iterator", CallUntil(args[0], args[1]))
                : throw Errors.Type("iter(v, w): v must be callable"),
            _ => throw Errors.Type($"iter expected at most 2 arguments, got {args.Length}"),
        }, arity: (1, 2));
        Def("globals", (args, kw) => Interpreter.Interpreter.CurrentGlobals());
        Def("__import__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyStr name)
                throw Errors.Type("__import__() argument 1 must be str");
            var globals = args.Length > 1 && args[1] is PyDict g ? g : Interpreter.Interpreter.CurrentGlobals();
            var fromlist = args.Length > 3 ? args[3] : PyNone.Instance;
            int level = args.Length > 4 ? (int)Ops.Index(args[4]).Value : 0;
            return Importer.ImportName(name.Value, fromlist, level, globals);
        });
        Def("locals", (args, kw) => Interpreter.Interpreter.CurrentLocals());
        Def("next", (args, kw) =>
        {
            if (args.Length is 0 or > 2)
                throw Errors.Type($"next expected at most 2 arguments, got {args.Length}");
            if (args[0] is not PyIterator it)
            {
                // An iterator of a Python class: its __next__, StopIteration meaning the default.
                if (!args[0].Type.IsHeapType || args[0].Type.LookupOverride("__next__") is null)
                    throw Errors.Type($"'{args[0].Type.Name}' object is not an iterator");
                try
                {
                    return Ops.CallDunder(args[0], "__next__")!;
                }
                catch (PyException e) when (args.Length > 1 && e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
                {
                    return args[1];
                }
            }
            return it.Next() ?? (args.Length > 1 ? args[1] : Errors.Pending(new PyException(new PyBaseException(ExceptionTypes.StopIteration,
                it is PyGenerator { ReturnValue: { } rv and not PyNone } ? new PyTuple(new[] { rv }) : PyTuple.Empty))));
        }, arity: (1, 2));
        PyGenerator.Register();
        SlotWrappers.Register();
        PyGetSetDescriptor.RegisterMethods();
        NumberAndSequenceMethods.Register();
        SetAndDictMethods.Register();

        // Builtin classes that construct their instances themselves get T.__new__ (super().__new__(cls, ...) in subclasses).
        foreach (var (_, value) in d.Items())
        {
            if (value is PyType { IsHeapType: false } t && (t.New is not null || t.NewWithKeywords is not null))
                t.AddBuiltinNew();
        }
        ((PyBuiltinFunction)d.Get("len")!).Intrinsic = Intrinsic.Len;
        ((PyBuiltinFunction)d.Get("isinstance")!).Intrinsic = Intrinsic.IsInstance;
        ((PyBuiltinFunction)PyList.TypeObject.Dict["append"]).Intrinsic = Intrinsic.ListAppend;
        return d;
    }

    /// <summary>The classes a tuple or a union (int | str) stands for in isinstance/issubclass.</summary>
    private static PyObject[] Alternatives(PyObject classes) => classes is PyTuple tuple ? tuple.Items : ((PyUnionType)classes).Args.Items;

    /// <summary>issubclass (Objects/abstract.c: PyObject_IsSubclass): tuples and unions of classes, and a
    /// metaclass's __subclasscheck__ (abc.ABCMeta's).</summary>
    private static bool IsSubclass(PyObject cls, PyObject of)
    {
        switch (of)
        {
            case PyTuple or PyUnionType:
                foreach (var alternative in Alternatives(of))
                {
                    if (IsSubclass(cls, alternative))
                        return true;
                }
                return false;
            case PyType t when !ReferenceEquals(t.Type, PyType.TypeType) && t.Type.LookupOverride("__subclasscheck__") is { } check:
                return Ops.IsTrue(Ops.Call(check, new[] { of, cls }));
            case PyType t:
                return (cls as PyType ?? throw Errors.Type("issubclass() arg 1 must be a class")).IsSubtypeOf(t);
            default:
                throw Errors.Type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }

    /// <summary>isinstance (Objects/abstract.c: PyObject_IsInstance): tuples and unions of classes, the
    /// object's __class__, and a metaclass's __instancecheck__.</summary>
    internal static bool IsInstance(PyObject obj, PyObject cls)
    {
        switch (cls)
        {
            case PyType t when ReferenceEquals(obj.Type, t):
                return true;
            case PyTuple or PyUnionType:
                foreach (var alternative in Alternatives(cls))
                {
                    if (IsInstance(obj, alternative))
                        return true;
                }
                return false;
            case PyType t when !ReferenceEquals(t.Type, PyType.TypeType) && t.Type.LookupOverride("__instancecheck__") is { } check:
                return Ops.IsTrue(Ops.Call(check, new[] { cls, obj }));
            case PyType t:
                // Only object defines __class__ among the builtin types, so an instance of one answers its
                // type: no lookup (json-like code asks isinstance of each value for several types).
                return obj.Type.IsSubtypeOf(t) || obj.Type.IsHeapType && Ops.LookupAttr(obj, "__class__") is PyType c
                    && !ReferenceEquals(c, obj.Type) && c.IsSubtypeOf(t);
            default:
                throw Errors.Type("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    private static void Method(PyType type, string name, PyBuiltinFunction.Body body) =>
        type.Method(name, body);

    /// <summary>dict(mapping_or_pairs): a dict's items, or each pair of an iterable.</summary>
    internal static void UpdateDict(PyDict dict, PyObject source)
    {
        if (source is PyDict d)
        {
            foreach (var (k, v) in d.Items())
                dict.Set(k, v);
            return;
        }
        if (source.Type.IsHeapType && Ops.TryGetAttr(source, "keys") is { } keys)
        {
            var keyList = Ops.Call(keys, ReadOnlySpan<PyObject>.Empty);
            PyIterator it;
            try
            {
                it = Ops.GetIter(keyList);
            }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && keyList.Type.Lookup("__iter__") is null
                && keyList.Type.Lookup("__getitem__") is null)
            {
                throw Errors.Type($"{source.Type.Name}.keys() returned a non-iterable (type {keyList.Type.Name})");
            }
            for (var k = it.Next(); k is not null; k = it.Next())
                dict.Set(k, Ops.GetItem(source, k));
            return;
        }
        int index = 0;
        var pairs = Ops.GetIter(source);
        for (var pair = pairs.Next(); pair is not null; pair = pairs.Next(), index++)
        {
            if (pair.Type.Lookup("__iter__") is null && pair is not (PyTuple or PyList or PyStr or PyBytes or PyDict or PySet))
                throw Errors.Type($"cannot convert dictionary update sequence element #{index} to a sequence");
            var kv = Ops.UnpackSequenceAny(pair);
            if (kv.Length != 2)
                throw Errors.Value($"dictionary update sequence element #{index} has length {kv.Length}; 2 is required");
            dict.Set(kv[0], kv[1]);
        }
    }

    private static PyObject IntFrom(ReadOnlySpan<PyObject> args, PyTuple? kwNames)
    {
        int nkw = kwNames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > 2)
            throw Errors.Type($"int() takes at most 2 arguments ({args.Length} given)");
        PyObject? x = npos > 0 ? args[0] : null;
        PyObject? radixArg = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyStr)kwNames!.Items[k]).Value;
            if (name != "base")
                throw Errors.Type($"'{name}' is an invalid keyword argument for int()");
            if (radixArg is not null)
                throw Errors.Type("argument for int() given by name ('base') and position (2)");
            radixArg = args[npos + k];
        }
        if (radixArg is null)
            return x is null ? PyInt.From(0) : IntOf(x);
        if (x is null)
            throw Errors.Type("int() missing string argument");
        var radix = Ops.Index(radixArg);
        if (radix.IsBig || radix.Value != 0 && (radix.Value < 2 || radix.Value > 36))
            throw Errors.Value("int() base must be >= 2 and <= 36, or 0");
        if (x is PyStr s)
            return NumberParsing.IntFromText(s.Value, (int)radix.Value, x);
        if (x is PyBytes or PyByteArray)
            return NumberParsing.IntFromBytes(BytesMethods.Data(x).ToArray(), (int)radix.Value);
        throw Errors.Type("int() can't convert non-string with explicit base");
    }

    /// <summary>int(x) (abstract.c: PyNumber_Long): __int__, __index__, __trunc__, text, buffers.</summary>
    internal static PyInt IntOf(PyObject x)
    {
        if (x is PyInt exact && !x.Type.IsHeapType)
            return x is PyBool b ? PyInt.From(b.Value) : exact;
        if (x is PyFloat f && !x.Type.IsHeapType)
            return NumberMethods.FloatToInt(Math.Truncate(f.Value));
        if (x.Type.Lookup("__int__") is not null && Ops.CallDunder(x, "__int__") is { } r)
            return r is PyInt ri ? PyInt.From(ri.AsBig) : throw Errors.Type($"__int__ returned non-int (type {r.Type.Name})");
        if (x.Type.Lookup("__index__") is not null && Ops.CallDunder(x, "__index__") is { } ix)
            return ix is PyInt ii ? PyInt.From(ii.AsBig) : throw Errors.Type($"__index__ returned non-int (type {ix.Type.Name})");
        if (x.Type.Lookup("__trunc__") is not null && Ops.CallDunder(x, "__trunc__") is { } t)
        {
            if (t is PyInt ti)
                return PyInt.From(ti.AsBig);
            if (t.Type.Lookup("__index__") is null)
                throw Errors.Type($"__trunc__ returned non-Integral (type {t.Type.Name})");
            return PyInt.From(Ops.Index(t).AsBig);
        }
        switch (x)
        {
            case PyStr s:
                return NumberParsing.IntFromText(s.Value, 10, x);
            case PyBytes or PyByteArray:
                return NumberParsing.IntFromBytes(BytesMethods.Data(x).ToArray(), 10);
        }
        if (BytesMethods.TryGetBuffer(x, out var buffer))
            return NumberParsing.IntFromBytes(buffer.ToArray(), 10);
        throw Errors.Type($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    /// <summary>float(x) (abstract.c: PyNumber_Float): __float__, __index__, text and buffers.</summary>
    private static PyFloat FloatFrom(PyObject x)
    {
        if (x is PyFloat exact && !x.Type.IsHeapType)
            return exact;
        if (x is PyInt i && !x.Type.IsHeapType)
            return new PyFloat(PyInt.AsDouble(i));
        if (x.Type.IsHeapType && x.Type.Lookup("__float__") is not null && Ops.CallDunder(x, "__float__") is { } r)
        {
            if (r is PyFloat rf)
                return rf.Type == PyFloat.TypeObject ? rf : new PyFloat(rf.Value);
            throw Errors.Type($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (x.Type.IsHeapType && x.Type.Lookup("__index__") is not null && Ops.CallDunder(x, "__index__") is { } index)
            return new PyFloat(PyInt.AsDouble(index as PyInt ?? throw Errors.Type($"__index__ returned non-int (type {index.Type.Name})")));
        if (x is PyFloat sub)
            return new PyFloat(sub.Value);
        if (x is PyInt intSub) // a subclass of int that does not override __float__ or __index__
            return new PyFloat(PyInt.AsDouble(intSub));
        if (x is PyStr s)
        {
            return NumberParsing.ParseFloat(s.Value) is { } v
                ? new PyFloat(v)
                : throw Errors.Value($"could not convert string to float: {Ops.Repr(s)}");
        }
        if (BytesMethods.TryGetBuffer(x, out var data))
        {
            var bytes = data.ToArray();
            foreach (byte b in bytes)
            {
                if (b > 0x7f)
                    throw Errors.Value($"could not convert string to float: {Ops.Repr(x)}");
            }
            return NumberParsing.ParseFloat(System.Text.Encoding.Latin1.GetString(bytes)) is { } v
                ? new PyFloat(v)
                : throw Errors.Value($"could not convert string to float: {Ops.Repr(x)}");
        }
        throw Errors.Type($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    /// <summary>iter(callable, sentinel): calls until the result equals the sentinel.</summary>
    private static IEnumerator<PyObject> CallUntil(PyObject callable, PyObject sentinel)
    {
        while (true)
        {
            var value = Ops.Call(callable, ReadOnlySpan<PyObject>.Empty);
            if (ReferenceEquals(value, sentinel) || Ops.Equal(value, sentinel))
                yield break;
            yield return value;
        }
    }

    private static readonly string[] s_strParameters = { "object", "encoding", "errors" };

    private static readonly string[] s_openParameters = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" };

    private static readonly string[] s_propertyParameters = { "fget", "fset", "fdel", "doc" };

    /// <summary>sum()'s loop, with CPython's fast paths (Python/bltinmodule.c: builtin_sum_impl): exact ints
    /// and bools add up in a machine word, and a float total adds floats and word-sized ints in a double, for
    /// as long as that holds; any other item is added with +.</summary>
    /// <summary>sum(): CPython's machine-word and double fast paths while the items allow them (SumConsumer,
    /// which the interpreter also feeds from a generator), then plain additions.</summary>
    internal static PyObject Sum(PyIterator it, PyObject total)
    {
        if (Interpreter.SumConsumer.Starting(total) is { } fast)
        {
            for (var x = it.Next(); ; x = it.Next())
            {
                if (x is null)
                    return fast.Total;
                if (!fast.Accept(x))
                    return SumRest(it, Ops.BinaryOp(fast.Total, x, (int)BinaryOperator.Add));
            }
        }
        return SumRest(it, total);
    }

    /// <summary>sum()'s plain additions of the items <paramref name="it"/> has left.</summary>
    internal static PyObject SumRest(PyIterator it, PyObject total)
    {
        for (var x = it.Next(); x is not null; x = it.Next())
            total = Ops.BinaryOp(total, x, (int)BinaryOperator.Add);
        return total;
    }

    private static PyProperty InitProperty(PyProperty property, ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        Span<PyObject?> values = new PyObject?[4];
        ArgParser.Bind("property", args, kwNames, s_propertyParameters, values);
        static PyObject? Given(PyObject? v) => v is null or PyNone ? null : v;
        property.Getter = Given(values[0]);
        property.Setter = Given(values[1]);
        property.Deleter = Given(values[2]);
        property.Doc = Given(values[3]);
        return property;
    }

    private static readonly string[] s_sumParameters = { "iterable", "start" };

    private static void NoKeywords(string name, PyObject[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.Type($"{name}() takes no keyword arguments");
    }

    private static long IndexValue(PyObject o) => Ops.Index(o) is { IsBig: false } i
        ? i.Value
        : throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");

    private static PyObject Extreme(ReadOnlySpan<PyObject> allArgs, PyObject[]? kwNames, CompareOp better, string name)
    {
        if (kwNames is null && allArgs.Length == 2 && ReferenceEquals(allArgs[0].Type, allArgs[1].Type))
        {
            // min(a, b) / max(a, b) of two floats or two machine-word ints: the second only when strictly
            // better (ties and NaN keep the first, as the general loop does).
            var (a, b) = (allArgs[0], allArgs[1]);
            if (ReferenceEquals(a.Type, PyFloat.TypeObject))
            {
                double x = ((PyFloat)a).Value, y = ((PyFloat)b).Value;
                return (better == CompareOp.Lt ? y < x : y > x) ? b : a;
            }
            if (ReferenceEquals(a.Type, PyInt.TypeObject) && a is not PyBigInt && b is not PyBigInt)
            {
                long x = ((PyInt)a).Value, y = ((PyInt)b).Value;
                return (better == CompareOp.Lt ? y < x : y > x) ? b : a;
            }
        }
        PyObject? key = null, fallback = null;
        int positional = allArgs.Length - (kwNames?.Length ?? 0);
        for (int i = 0; kwNames is not null && i < kwNames.Length; i++)
        {
            switch (((PyStr)kwNames[i]).Value)
            {
                case "key":
                    key = allArgs[positional + i] is PyNone ? null : allArgs[positional + i];
                    break;
                case "default":
                    fallback = allArgs[positional + i];
                    break;
                default:
                    throw Errors.Type($"'{((PyStr)kwNames[i]).Value}' is an invalid keyword argument for {name}()");
            }
        }
        var args = allArgs.Slice(0, positional);
        if (args.Length == 0)
            throw Errors.Type($"{name} expected at least 1 argument, got 0");
        if (args.Length > 1 && fallback is not null)
            throw Errors.Type($"Cannot specify a default for {name}() with multiple positional arguments");
        // Item by item, as CPython's min_max: a key or a comparison that raises stops the iteration there.
        PyObject? best = null, bestKey = null;
        if (args.Length == 1)
        {
            var it = Ops.GetIter(args[0]);
            for (var x = it.Next(); x is not null; x = it.Next())
                Consider(x, key, better, ref best, ref bestKey);
        }
        else
        {
            foreach (var x in args)
                Consider(x, key, better, ref best, ref bestKey);
        }
        return best ?? fallback ?? throw Errors.Value($"{name}() arg is an empty sequence");
    }

    private static void Consider(PyObject x, PyObject? key, CompareOp better, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = key is null ? x : Ops.Call(key, x);
        if (bestKey is null || Ops.IsTrue(Ops.RichCompare(k, bestKey, better)))
        {
            best = x;
            bestKey = k;
        }
    }

    private static PyObject Print(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        int positional = args.Length - (kwNames?.Length ?? 0);
        for (int i = 0; kwNames is not null && i < kwNames.Length; i++)
        {
            string key = ((PyStr)kwNames[i]).Value;
            var value = args[positional + i];
            if (key == "file")
            {
                file = value is PyNone ? null : value;
                continue;
            }
            if (key == "flush")
            {
                flush = Ops.IsTrue(value);
                continue;
            }
            if (key is not ("sep" or "end"))
                throw Errors.Type($"'{key}' is an invalid keyword argument for print()");
            string? text = value is PyNone ? null : value is PyStr s ? s.Value
                : throw Errors.Type($"{key} must be None or a string, not {value.Type.Name}");
            if (key == "sep")
                sep = text ?? " ";
            else if (key == "end")
                end = text ?? "\n";
            else
                throw Errors.Type($"'{key}' is an invalid keyword argument for print()");
        }
        if (file is not null)
        {
            // Another file gets one write() per piece, as CPython's print does.
            var write = Ops.GetAttr(file, "write");
            for (int i = 0; i < positional; i++)
            {
                if (i > 0)
                    Ops.Call(write, new PyObject[] { new PyStr(sep) });
                Ops.Call(write, new PyObject[] { new PyStr(Ops.Str(args[i])) });
            }
            Ops.Call(write, new PyObject[] { new PyStr(end) });
            if (flush)
                Ops.Call(Ops.GetAttr(file, "flush"), ReadOnlySpan<PyObject>.Empty);
            return PyNone.Instance;
        }
        var sb = new StringBuilder();
        for (int i = 0; i < positional; i++)
        {
            if (i > 0)
                sb.Append(sep);
            sb.Append(Ops.Str(args[i]));
        }
        sb.Append(end);
        Stdout.Write(sb.ToString());
        return PyNone.Instance;
    }
}
