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

    public static void Register()
    {
        Function();
        Code();
        Exceptions();

        var builtin = PyBuiltinFunction.TypeObject;
        builtin.GetSet("__name__", o => new PyStr(((PyBuiltinFunction)o).Name));
        builtin.GetSet("__qualname__", o => new PyStr(((PyBuiltinFunction)o).Self is { } self && self is not PyModule
            ? (self as PyType ?? self.Type).Name + "." + ((PyBuiltinFunction)o).Name : ((PyBuiltinFunction)o).Name));
        builtin.GetSet("__self__", o => ((PyBuiltinFunction)o).Self ?? PyNone.Instance);
        builtin.GetSet("__doc__", o => PyNone.Instance);
        builtin.GetSet("__module__", o => ((PyBuiltinFunction)o).Self is null ? new PyStr("builtins") : PyNone.Instance);

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
        method.GetSet("__self__", o => ((PyMethod)o).Self);
        method.GetSet("__func__", o => ((PyMethod)o).Function);

        var cell = PyCell.TypeObject;
        cell.GetSet("cell_contents", o => ((PyCell)o).Contents ?? throw Errors.Value("Cell is empty"),
            (o, v) => ((PyCell)o).Contents = v);

        var slice = PySlice.TypeObject;
        slice.GetSet("start", o => ((PySlice)o).Start);
        slice.GetSet("stop", o => ((PySlice)o).Stop);
        slice.GetSet("step", o => ((PySlice)o).Step);

        var range = PyRange.TypeObject;
        range.GetSet("start", o => PyInt.From(((PyRange)o).Start));
        range.GetSet("stop", o => PyInt.From(((PyRange)o).Stop));
        range.GetSet("step", o => PyInt.From(((PyRange)o).Step));

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

        foreach (var generatorType in new[] { PyGenerator.TypeObject, PyGenerator.CoroutineType })
        {
            generatorType.GetSet("__name__", o => new PyStr(((PyGenerator)o).Name));
            generatorType.GetSet("__qualname__", o => new PyStr(((PyGenerator)o).Qualname));
        }

        PyGenericAlias.TypeObject.GetSet("__origin__", o => ((PyGenericAlias)o).Origin);
        PyGenericAlias.TypeObject.GetSet("__args__", o => ((PyGenericAlias)o).Args);

        PyModule.TypeObject.GetSet("__dict__", o => ((PyModule)o).Dict);
        PyMappingProxy.RegisterMethods();
    }

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
        exception.GetSet("__dict__", o => Ops.InstanceDict(o, create: true)!, (o, v) => Ops.SetInstanceDict(o, v ?? throw Errors.Type("__dict__ may not be deleted")));
        ExceptionTypes.StopIteration.GetSet("value", o => E(o).Args.Items.Length > 0 ? E(o).Args.Items[0] : PyNone.Instance);
        ExceptionTypes.SystemExit.GetSet("code", o => E(o).Args.Items.Length switch
        {
            0 => PyNone.Instance,
            1 => E(o).Args.Items[0],
            _ => E(o).Args,
        });
    }
}
