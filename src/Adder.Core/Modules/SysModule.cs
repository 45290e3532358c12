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
        foreach (var (name, stream) in new[]
        {
            ("stdin", PyFile.Console("<stdin>", Console.In, null)),
            ("stdout", PyFile.Console("<stdout>", null, () => Builtins.Stdout)),
            ("stderr", PyFile.Console("<stderr>", null, () => Console.Error)),
        })
        {
            m.Set(name, stream);
            m.Set("__" + name + "__", stream);
        }
        m.Def("_getframe", (args, kw) =>
        {
            long depth = args.Length > 0 ? Ops.Index(args[0]).Value : 0;
            var frame = Runtime.Interpreter.Interpreter.CurrentFrame;
            for (long i = 0; i < depth && frame is not null; i++)
                frame = frame.Back;
            return frame is null ? throw Errors.Value("call stack is not deep enough") : PyFrameObject.Of(frame);
        });
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
}
