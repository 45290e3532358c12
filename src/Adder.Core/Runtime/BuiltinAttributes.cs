namespace Adder.Runtime;

/// <summary>
/// The data attributes of builtin types (CPython's getset and member descriptors): function.__defaults__,
/// code.co_varnames, slice.start, exception.__cause__... Each becomes a getset_descriptor in its type's dict.
/// </summary>
internal static class BuiltinAttributes
{
    private static PyTuple Names(string[] names)
    {
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++)
            items[i] = new PyStr(names[i]);
        return new PyTuple(items);
    }

    private static bool IsAbstract(PyObject? f) => f is not null && Ops.LookupAttr(f, "__isabstractmethod__") is { } a && Ops.IsTrue(a);

    private static string SetString(PyObject? value, string attribute) =>
        value is PyStr s ? s.Value : throw Errors.Type($"{attribute} must be set to a string object");

    /// <summary>The setter of a read-only member (a READONLY PyMemberDef in CPython).</summary>
    private static void ReadOnly(PyObject o, PyObject? value) => throw Errors.Raise(ExceptionTypes.AttributeError, "readonly attribute");

    public static void Register()
    {
        Function();
        Code();
        Exceptions();
        PyTraceback.Register();
        PyFrameObject.Register();

        // Every kind of function calls itself through __call__ (f.__call__(x) is f(x)).
        foreach (var callable in new[] { PyFunction.TypeObject, PyMethod.TypeObject })
            callable.Slot("__call__", CallSelf);
        foreach (var builtin in PyBuiltinFunction.Types)
            builtin.Slot("__call__", CallSelf);

        static PyBuiltinFunction B(PyObject o) => (PyBuiltinFunction)o;
        foreach (var builtin in PyBuiltinFunction.Types)
        {
            builtin.GetSet("__name__", o => new PyStr(B(o).Name));
            builtin.GetSet("__qualname__", o => new PyStr(B(o).Owner is { } owner ? owner.Name + "." + B(o).Name
                : B(o).Self is { } self && self is not PyModule ? (self as PyType ?? self.Type).Name + "." + B(o).Name : B(o).Name));
            builtin.GetSet("__self__", o => B(o).Self ?? PyNone.Instance);
            builtin.GetSet("__doc__", o => PyNone.Instance);
            builtin.GetSet("__module__", o => B(o).Self is null && B(o).Owner is null ? new PyStr("builtins") : PyNone.Instance);
            if (builtin != PyBuiltinFunction.TypeObject)
                builtin.GetSet("__objclass__", o => (PyObject?)B(o).Owner ?? PyNone.Instance);
        }

        var property = PyProperty.TypeObject;
        property.GetSet("fget", o => ((PyProperty)o).Getter ?? PyNone.Instance);
        property.GetSet("fset", o => ((PyProperty)o).Setter ?? PyNone.Instance);
        property.GetSet("fdel", o => ((PyProperty)o).Deleter ?? PyNone.Instance);
        property.GetSet("__doc__", o => ((PyProperty)o).Doc ?? (((PyProperty)o).Getter is { } g ? Ops.LookupAttr(g, "__doc__") ?? PyNone.Instance : PyNone.Instance),
            (o, v) => ((PyProperty)o).Doc = v);
        property.GetSet("__isabstractmethod__", o => PyBool.From(IsAbstract(((PyProperty)o).Getter) || IsAbstract(((PyProperty)o).Setter) || IsAbstract(((PyProperty)o).Deleter)));
        PyStaticMethod.TypeObject.GetSet("__func__", o => ((PyStaticMethod)o).Function);
        PyStaticMethod.TypeObject.GetSet("__wrapped__", o => ((PyStaticMethod)o).Function);
        PyStaticMethod.TypeObject.GetSet("__isabstractmethod__", o => PyBool.From(IsAbstract(((PyStaticMethod)o).Function)));
        PyClassMethod.TypeObject.GetSet("__func__", o => ((PyClassMethod)o).Function);
        PyClassMethod.TypeObject.GetSet("__wrapped__", o => ((PyClassMethod)o).Function);
        PyClassMethod.TypeObject.GetSet("__isabstractmethod__", o => PyBool.From(IsAbstract(((PyClassMethod)o).Function)));

        var method = PyMethod.TypeObject;
        method.GetSet("__doc__", o => Ops.LookupAttr(((PyMethod)o).Function, "__doc__") ?? PyNone.Instance);
        method.GetSet("__self__", o => ((PyMethod)o).Self);
        method.GetSet("__func__", o => ((PyMethod)o).Function);

        var cell = PyCell.TypeObject;
        cell.GetSet("cell_contents", o => ((PyCell)o).Contents ?? throw Errors.Value("Cell is empty"),
            (o, v) => ((PyCell)o).Contents = v);

        var slice = PySlice.TypeObject;
        slice.GetSet("start", o => ((PySlice)o).Start, ReadOnly);
        slice.GetSet("stop", o => ((PySlice)o).Stop, ReadOnly);
        slice.GetSet("step", o => ((PySlice)o).Step, ReadOnly);

        var range = PyRange.TypeObject;
        range.GetSet("start", o => PyInt.From(((PyRange)o).BigStart), ReadOnly);
        range.GetSet("stop", o => PyInt.From(((PyRange)o).BigStop), ReadOnly);
        range.GetSet("step", o => PyInt.From(((PyRange)o).BigStep), ReadOnly);

        var integer = PyInt.TypeObject;
        integer.GetSet("real", o => PyInt.From(((PyInt)o).AsBig));
        integer.GetSet("numerator", o => PyInt.From(((PyInt)o).AsBig));
        integer.GetSet("imag", o => PyInt.From(0));
        integer.GetSet("denominator", o => PyInt.From(1));
        var real = PyFloat.TypeObject;
        real.GetSet("real", o => o.Type == PyFloat.TypeObject ? o : new PyFloat(((PyFloat)o).Value));
        real.GetSet("imag", o => new PyFloat(0));
        var complex = PyComplex.TypeObject;
        complex.GetSet("real", o => new PyFloat(((PyComplex)o).Value.Real));
        complex.GetSet("imag", o => new PyFloat(((PyComplex)o).Value.Imaginary));

        PyUnionType.TypeObject.GetSet("__args__", o => ((PyUnionType)o).Args);
        PyUnionType.TypeObject.GetSet("__parameters__", o => PyTuple.Empty);
        PyGenericAlias.TypeObject.GetSet("__origin__", o => ((PyGenericAlias)o).Origin);
        PyGenericAlias.TypeObject.GetSet("__args__", o => ((PyGenericAlias)o).Args);

        PyModule.TypeObject.GetSet("__dict__", o => ((PyModule)o).Dict);
        PyMappingProxy.RegisterMethods();
    }

    private static PyObject CallSelf(ReadOnlySpan<PyObject> args, PyObject[]? kwNames) =>
        Ops.Call(args[0], args[1..], kwNames is null ? null : new PyTuple(kwNames));

    private static void Function()
    {
        static PyFunction F(PyObject o) => (PyFunction)o;
        var function = PyFunction.TypeObject;
        function.GetSet("__name__", o => new PyStr(F(o).Name), (o, v) => F(o).Name = SetString(v, "__name__"));
        function.GetSet("__qualname__", o => new PyStr(F(o).Qualname), (o, v) => F(o).Qualname = SetString(v, "__qualname__"));
        function.GetSet("__dict__", o => F(o).Dict ??= new PyDict(), (o, v) => Ops.SetInstanceDict(o, v ?? throw Errors.Type("cannot delete __dict__")));
        function.GetSet("__annotations__", o => F(o).AnnotationsDict(), (o, v) =>
            F(o).Annotations = v is null or PyNone ? null : v as PyDict ?? throw Errors.Type("__annotations__ must be set to a dict object"));
        function.GetSet("__code__", o => F(o).Code, (o, v) =>
            F(o).Code = v as PyCode ?? throw Errors.Type("__code__ must be set to a code object"));
        function.GetSet("__defaults__", o => F(o).Defaults.Length == 0 ? PyNone.Instance : new PyTuple(F(o).Defaults), (o, v) =>
            F(o).Defaults = v is null or PyNone ? Array.Empty<PyObject>()
                : v is PyTuple t ? t.Items : throw Errors.Type("__defaults__ must be set to a tuple object"));
        function.GetSet("__kwdefaults__", o => (PyObject?)F(o).KwDefaults ?? PyNone.Instance, (o, v) =>
            F(o).KwDefaults = v is null or PyNone ? null : v as PyDict ?? throw Errors.Type("__kwdefaults__ must be set to a dict object"));
        function.GetSet("__doc__", o => F(o).Doc, (o, v) => F(o).Doc = v ?? PyNone.Instance);
        function.GetSet("__closure__", o => F(o).Closure.Length == 0 ? PyNone.Instance : new PyTuple(F(o).Closure));
        function.GetSet("__globals__", o => F(o).Globals);
        function.GetSet("__builtins__", o => Builtins.Dict);
        function.GetSet("__module__", o => F(o).Module, (o, v) => F(o).Module = v ?? PyNone.Instance);
    }

    private static void Code()
    {
        static PyCode C(PyObject o) => (PyCode)o;
        var code = PyCode.TypeObject;
        code.GetSet("co_flags", o => PyInt.From((long)C(o).Flags));
        code.GetSet("co_name", o => new PyStr(C(o).Name));
        code.GetSet("co_qualname", o => new PyStr(C(o).Qualname));
        code.GetSet("co_filename", o => new PyStr(C(o).Filename));
        code.GetSet("co_argcount", o => PyInt.From(C(o).Argcount));
        code.GetSet("co_posonlyargcount", o => PyInt.From(C(o).Posonlyargcount));
        code.GetSet("co_kwonlyargcount", o => PyInt.From(C(o).Kwonlyargcount));
        code.GetSet("co_nlocals", o => PyInt.From(C(o).Nlocals));
        code.GetSet("co_stacksize", o => PyInt.From(C(o).Stacksize));
        code.GetSet("co_firstlineno", o => PyInt.From(C(o).Firstlineno));
        code.GetSet("co_varnames", o => Names(C(o).Varnames));
        code.GetSet("co_cellvars", o => Names(C(o).Cellvars));
        code.GetSet("co_freevars", o => Names(C(o).Freevars));
        code.GetSet("co_names", o => Names(C(o).Names));
        code.GetSet("co_consts", o => new PyTuple(C(o).Consts));
        code.GetSet("co_code", o =>
        {
            var units = C(o).Instructions;
            var bytes = new byte[units.Length * 2];
            for (int i = 0; i < units.Length; i++)
            {
                bytes[2 * i] = (byte)(units[i] & 0xFF);
                bytes[2 * i + 1] = (byte)(units[i] >> 8);
            }
            return new PyBytes(bytes);
        });
        // co_positions(): (line, end line, column, end column) per code unit, None where unknown.
        code.Method("co_positions", (args, kw) =>
        {
            var positions = C(args[0]).Positions;
            var items = new List<PyObject>(positions.Length / 4);
            static PyObject Part(int v) => v < 0 ? PyNone.Instance : PyInt.From(v);
            for (int i = 0; i + 3 < positions.Length; i += 4)
                items.Add(new PyTuple(new[] { Part(positions[i]), Part(positions[i + 1]), Part(positions[i + 2]), Part(positions[i + 3]) }));
            return Ops.GetIter(new PyList(items));
        });
        // co_lines(): (start offset, end offset, line) of each instruction with its caches.
        code.Method("co_lines", (args, kw) =>
        {
            var c = C(args[0]);
            var items = new List<PyObject>();
            for (int unit = 0; unit < c.Instructions.Length;)
            {
                int end = unit + 1 + Bytecode.OpcodeInfo.CacheEntries(PyCode.OpcodeAt(c.Instructions[unit]));
                int line = c.Positions[unit * 4];
                items.Add(new PyTuple(new PyObject[] { PyInt.From(unit * 2), PyInt.From(end * 2), line < 0 ? PyNone.Instance : PyInt.From(line) }));
                unit = end;
            }
            return Ops.GetIter(new PyList(items));
        });
    }

    private static void Exceptions()
    {
        static PyBaseException E(PyObject o) => (PyBaseException)o;
        var exception = ExceptionTypes.BaseException;
        exception.GetSet("args", o => E(o).Args, (o, v) =>
            E(o).Args = v is null ? throw Errors.Type("args may not be deleted") : v as PyTuple ?? new PyTuple(Ops.UnpackSequenceAny(v)));
        exception.GetSet("__context__", o => (PyObject?)E(o).Context ?? PyNone.Instance, (o, v) =>
            E(o).Context = v is null or PyNone ? null : v as PyBaseException ?? throw Errors.Type("exception context must be None or derive from BaseException"));
        exception.GetSet("__cause__", o => (PyObject?)E(o).Cause ?? PyNone.Instance, (o, v) =>
        {
            E(o).Cause = v is null or PyNone ? null : v as PyBaseException ?? throw Errors.Type("exception cause must be None or derive from BaseException");
            E(o).SuppressContext = true;
        });
        exception.GetSet("__suppress_context__", o => PyBool.From(E(o).SuppressContext), (o, v) => E(o).SuppressContext = v is not null && Ops.IsTrue(v));
        exception.GetSet("__traceback__", o => (PyObject?)E(o).Traceback ?? PyNone.Instance, (o, v) => E(o).Traceback = Traceback(v));
        exception.GetSet("__dict__", o => Ops.InstanceDict(o, create: true)!, (o, v) => Ops.SetInstanceDict(o, v ?? throw Errors.Type("__dict__ may not be deleted")));
        exception.Method("with_traceback", (args, kw) =>
        {
            E(args[0]).Traceback = Traceback(args[1]);
            return args[0];
        });
        exception.Method("add_note", (args, kw) =>
        {
            if (args[1] is not PyStr)
                throw Errors.Type($"note must be a str, not '{args[1].Type.Name}'");
            var notes = Ops.LookupAttr(args[0], "__notes__");
            if (notes is null)
            {
                notes = new PyList();
                Ops.SetAttr(args[0], "__notes__", notes);
            }
            if (notes is not PyList list)
                throw Errors.Type("Cannot add note: __notes__ is not a list");
            list.Items.Add(args[1]);
            return PyNone.Instance;
        });
        exception.Slot("__str__", (args, kw) => new PyStr(PyBaseException.Str(E(args[0]))));
        exception.Slot("__repr__", (args, kw) => new PyStr(PyBaseException.Repr(E(args[0]))));
        exception.Slot("__init__", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type($"{args[0].Type.Name}() takes no keyword arguments");
            E(args[0]).Args = new PyTuple(args[1..].ToArray());
            return PyNone.Instance;
        });
        exception.Method("__reduce__", (args, kw) => new PyTuple(new PyObject[] { args[0].Type, E(args[0]).Args }));

        // Exceptions raised from C# are made without __init__: their fields come from args then.
        Init(ExceptionTypes.StopIteration, (e, args) => e.SetMember("value", StopIterationValue(args)));
        DerivedMember(ExceptionTypes.StopIteration, "value", e => StopIterationValue(e.Args.Items));
        Init(ExceptionTypes.SystemExit, (e, args) => e.SetMember("code", SystemExitCode(args)));
        DerivedMember(ExceptionTypes.SystemExit, "code", e => SystemExitCode(e.Args.Items));
        Members(ExceptionTypes.AttributeError, "name", "obj");
        KeywordInit(ExceptionTypes.AttributeError, "name", "obj");
        Members(ExceptionTypes.NameError, "name");
        KeywordInit(ExceptionTypes.NameError, "name");
        Members(ExceptionTypes.ImportError, "msg", "name", "path");
        KeywordInit(ExceptionTypes.ImportError, "name", "path");
        Members(ExceptionTypes.OSError, "errno", "strerror", "filename", "filename2");
        // OSError's arguments are sorted out by its __new__.
        ExceptionTypes.OSError.Slot("__init__", (args, kw) => PyNone.Instance);
        Members(ExceptionTypes.BlockingIOError, "characters_written");
        Members(ExceptionTypes.SyntaxError, "print_file_and_line");
        Init(ExceptionTypes.SyntaxError, (e, args) => PyBaseException.FillSyntaxError(e, args));
        foreach (var field in new[] { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset" })
        {
            DerivedMember(ExceptionTypes.SyntaxError, field, e =>
            {
                PyBaseException.FillSyntaxError(e, e.Args.Items);
                return e.Member(field);
            });
        }
        Members(ExceptionTypes.UnicodeError, "encoding", "object", "start", "end", "reason");
        UnicodeInit(ExceptionTypes.UnicodeDecodeError, "encoding", "object", "start", "end", "reason");
        UnicodeInit(ExceptionTypes.UnicodeEncodeError, "encoding", "object", "start", "end", "reason");
        UnicodeInit(ExceptionTypes.UnicodeTranslateError, "object", "start", "end", "reason");

        var group = ExceptionTypes.BaseExceptionGroup;
        group.GetSet("message", o => E(o).Member("message"));
        group.GetSet("exceptions", o => E(o).Member("exceptions"));
        group.Slot("__init__", (args, kw) => kw is { Length: > 0 }
            ? throw Errors.Type($"{args[0].Type.Name}() takes no keyword arguments") : PyNone.Instance);
        group.Method("derive", (args, kw) => PyBaseException.Create(ExceptionTypes.BaseExceptionGroup, new[] { E(args[0]).Member("message"), args[1] }));
        group.Method("split", (args, kw) =>
        {
            var (match, rest) = PyExceptionGroup.Split(E(args[0]), args[1]);
            return new PyTuple(new[] { match, rest });
        });
        group.Method("subgroup", (args, kw) => PyExceptionGroup.Split(E(args[0]), args[1]).Match);
        group.SetAttribute("__class_getitem__", PyGenericAlias.ClassGetItem());
    }

    private static PyObject StopIterationValue(ReadOnlySpan<PyObject> args) => args.Length > 0 ? args[0] : PyNone.Instance;

    private static PyObject SystemExitCode(ReadOnlySpan<PyObject> args) => args.Length switch
    {
        0 => PyNone.Instance,
        1 => args[0],
        _ => new PyTuple(args.ToArray()),
    };

    /// <summary>A field that, until set, is computed from args.</summary>
    private static void DerivedMember(PyType type, string name, Func<PyBaseException, PyObject> derive) =>
        type.GetSet(name, o => ((PyBaseException)o).HasMember(name) ? ((PyBaseException)o).Member(name) : derive((PyBaseException)o),
            (o, v) => ((PyBaseException)o).SetMember(name, v ?? PyNone.Instance));

    private static PyTraceback? Traceback(PyObject? value) =>
        value is null or PyNone ? null : value as PyTraceback ?? throw Errors.Type("__traceback__ must be a traceback or None");

    /// <summary>Fields of an exception class, stored apart from __dict__ (None until set).</summary>
    private static void Members(PyType type, params string[] names)
    {
        foreach (var name in names)
            type.GetSet(name, o => ((PyBaseException)o).Member(name), (o, v) => ((PyBaseException)o).SetMember(name, v ?? PyNone.Instance));
    }

    /// <summary>An __init__ that sets args, then fields from the positional arguments.</summary>
    private static void Init(PyType type, Action<PyBaseException, ReadOnlySpan<PyObject>> fill)
    {
        type.Slot("__init__", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type($"{args[0].Type.Name}() takes no keyword arguments");
            var e = (PyBaseException)args[0];
            e.Args = new PyTuple(args[1..].ToArray());
            fill(e, args[1..]);
            return PyNone.Instance;
        });
    }

    /// <summary>An __init__ that sets args and takes the given keyword-only fields (AttributeError(name=, obj=)).</summary>
    private static void KeywordInit(PyType type, params string[] keywords)
    {
        type.Slot("__init__", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            var e = (PyBaseException)args[0];
            e.Args = new PyTuple(args[1..^nkw].ToArray());
            if (type.IsSubtypeOf(ExceptionTypes.ImportError))
                e.SetMember("msg", e.Args.Items.Length == 1 ? e.Args.Items[0] : PyNone.Instance);
            for (int k = 0; k < nkw; k++)
            {
                string name = ((PyStr)kw![k]).Value;
                if (Array.IndexOf(keywords, name) < 0)
                    throw Errors.Type($"{type.Name}() got an unexpected keyword argument '{name}'");
                e.SetMember(name, args[args.Length - nkw + k]);
            }
            return PyNone.Instance;
        });
    }

    private static void UnicodeInit(PyType type, params string[] fields)
    {
        type.Slot("__init__", (args, kw) =>
        {
            var e = (PyBaseException)args[0];
            var values = args[1..];
            if (values.Length != fields.Length)
                throw Errors.Type($"function takes exactly {fields.Length} arguments ({values.Length} given)");
            e.Args = new PyTuple(values.ToArray());
            for (int i = 0; i < fields.Length; i++)
            {
                var v = values[i];
                bool ok = fields[i] switch
                {
                    "start" or "end" => v is PyInt,
                    "object" => type == ExceptionTypes.UnicodeDecodeError ? v is PyBytes : v is PyStr,
                    _ => v is PyStr,
                };
                if (!ok)
                {
                    string expected = fields[i] is "start" or "end" ? "int" : fields[i] == "object" && type == ExceptionTypes.UnicodeDecodeError ? "a bytes-like object" : "str";
                    throw Errors.Type($"argument {i + 1} must be {expected}, not {v.Type.Name}");
                }
                e.SetMember(fields[i], v);
            }
            return PyNone.Instance;
        });
    }
}
