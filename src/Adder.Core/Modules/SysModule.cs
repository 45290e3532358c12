using Adder.Runtime;

namespace Adder.Modules;

/// <summary>The sys module.</summary>
public static class SysModule
{
    public static readonly PyDict ModulesDict = new();
    public static readonly PyList Path = new();
    public static readonly PyList Argv = new();
    public static readonly PyModule Instance = Create();

    private static PyModule Create()
    {
        var m = new PyModule("sys");
        m.Set("modules", ModulesDict);
        m.Set("path", Path);
        m.Set("argv", Argv);
        m.Set("maxsize", PyInt.From(long.MaxValue));
        m.Set("byteorder", new PyStr("little"));
        m.Set("platform", new PyStr("linux"));
        m.Set("version", new PyStr("3.11.2 (Adder)"));
        m.Set("version_info", new PyTuple(new PyObject[] { PyInt.From(3), PyInt.From(11), PyInt.From(2), new PyStr("final"), PyInt.From(0) }));
        m.Set("stdout", new StdStream("stdout", () => Builtins.Stdout));
        m.Set("stderr", new StdStream("stderr", () => Console.Error));
        m.Def("exit", (args, kw) => throw new PyException(new PyBaseException(ExceptionTypes.SystemExit,
            args.Length == 0 ? PyTuple.Empty : new PyTuple(new[] { args[0] }))));
        m.Def("getrecursionlimit", (args, kw) => PyInt.From(Runtime.Interpreter.Interpreter.RecursionLimit));
        m.Def("setrecursionlimit", (args, kw) =>
        {
            long limit = Ops.Index(args[0]) is { IsBig: false } small ? small.Value : long.MaxValue;
            if (limit < 1)
                throw Errors.Value("recursion limit must be greater or equal than 1");
            Runtime.Interpreter.Interpreter.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
            return PyNone.Instance;
        });
        m.Def("exc_info", (args, kw) =>
        {
            var e = Runtime.Interpreter.Interpreter.HandledException;
            return e is null
                ? new PyTuple(new PyObject[] { PyNone.Instance, PyNone.Instance, PyNone.Instance })
                : new PyTuple(new PyObject[] { e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance });
        });
        m.Def("exception", (args, kw) => (PyObject?)Runtime.Interpreter.Interpreter.HandledException ?? PyNone.Instance);
        var interned = new Dictionary<string, PyStr>(StringComparer.Ordinal);
        m.Def("intern", (args, kw) =>
        {
            if (args.Length != 1 || args[0] is not PyStr s || s.Type != PyStr.TypeObject)
                throw Errors.Type($"intern() argument must be str, not {(args.Length > 0 ? args[0].Type.Name : "nothing")}");
            if (interned.TryGetValue(s.Value, out var existing))
                return existing;
            interned[s.Value] = s;
            return s;
        });
        ModulesDict.Set("sys", m);
        return m;
    }

    /// <summary>sys.stdout / sys.stderr: objects with write() and flush().</summary>
    private sealed class StdStream : PyObject
    {
        private static readonly PyType s_type = MakeType();

        private readonly Func<TextWriter> _writer;

        public StdStream(string name, Func<TextWriter> writer)
            : base(s_type)
        {
            _writer = writer;
            _ = name;
        }

        private static PyType MakeType()
        {
            var t = PyType.Builtin("TextIOWrapper");
            t.Method("write", (args, kw) =>
            {
                string text = args[1] is PyStr s ? s.Value : throw Errors.Type($"write() argument must be str, not {args[1].Type.Name}");
                ((StdStream)args[0])._writer().Write(text);
                return PyInt.From(text.Length);
            });
            t.Method("writelines", (args, kw) =>
            {
                var writer = ((StdStream)args[0])._writer();
                var lines = Ops.GetIter(args[1]);
                for (var line = lines.Next(); line is not null; line = lines.Next())
                    writer.Write(line is PyStr s ? s.Value : throw Errors.Type($"write() argument must be str, not {line.Type.Name}"));
                return PyNone.Instance;
            });
            t.Method("flush", (args, kw) =>
            {
                ((StdStream)args[0])._writer().Flush();
                return PyNone.Instance;
            });
            return t;
        }
    }
}
