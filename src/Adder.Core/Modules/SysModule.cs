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
        var versionInfo = StructSequence.Define("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");
        m.Set("version_info", StructSequence.Create(versionInfo, PyInt.From(3), PyInt.From(11), PyInt.From(2), new PyStr("final"), PyInt.From(0)));
        m.Set("hexversion", PyInt.From(0x030B02F0));
        m.Set("api_version", PyInt.From(1013));
        m.Set("maxunicode", PyInt.From(0x10FFFF));
        m.Set("float_repr_style", new PyStr("short"));
        m.Set("executable", new PyStr(Environment.ProcessPath ?? ""));
        m.Set("prefix", new PyStr("/usr"));
        m.Set("base_prefix", new PyStr("/usr"));
        m.Set("exec_prefix", new PyStr("/usr"));
        m.Set("base_exec_prefix", new PyStr("/usr"));
        m.Set("platlibdir", new PyStr("lib"));
        m.Set("copyright", new PyStr("Copyright (c) Adder authors. Python is Copyright (c) 2001-2023 Python Software Foundation."));
        m.Set("dont_write_bytecode", PyBool.True);
        m.Set("warnoptions", new PyList());
        m.Set("_xoptions", new PyDict());
        m.Set("meta_path", new PyList());
        m.Set("path_hooks", new PyList());
        m.Set("path_importer_cache", new PyDict());
        m.Set("builtin_module_names", new PyTuple(new PyObject[] { new PyStr("builtins"), new PyStr("math"), new PyStr("sys"), new PyStr("time") }));
        var flags = StructSequence.Define("sys", "flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
        var zero = PyInt.From(0);
        m.Set("flags", StructSequence.Create(flags, zero, zero, zero, zero, PyInt.From(1), zero, zero, zero, zero, zero, zero, PyInt.From(StringHash.Randomized ? 1 : 0),
            zero, PyBool.False, PyInt.From(1), zero, PyBool.False, PyInt.From(-1)));
        var floatInfo = StructSequence.Define("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
            "dig", "mant_dig", "epsilon", "radix", "rounds");
        m.Set("float_info", StructSequence.Create(floatInfo, new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308),
            new PyFloat(2.2250738585072014e-308), PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53),
            new PyFloat(Math.BitIncrement(1.0) - 1.0), PyInt.From(2), PyInt.From(1)));
        var intInfo = StructSequence.Define("sys", "int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
        m.Set("int_info", StructSequence.Create(intInfo, PyInt.From(30), PyInt.From(4), PyInt.From(4300), PyInt.From(640)));
        var hashInfo = StructSequence.Define("sys", "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
        m.Set("hash_info", StructSequence.Create(hashInfo, PyInt.From(64), PyInt.From((1L << 61) - 1), PyInt.From(314159), zero,
            PyInt.From(1000003), new PyStr("siphash13"), PyInt.From(64), PyInt.From(128), zero));
        // displayhook: shows a value that is not None and keeps it as builtins._ (the interactive prompt's).
        var displayhook = new PyBuiltinFunction("displayhook", (args, kw) =>
        {
            if (args.Length != 1)
                throw Errors.Type($"displayhook() takes exactly one argument ({args.Length} given)");
            if (args[0] is PyNone)
                return PyNone.Instance;
            Builtins.Dict.Set("_", PyNone.Instance);
            var stdout = m.Dict.Get("stdout") ?? throw Errors.Raise(ExceptionTypes.RuntimeError, "lost sys.stdout");
            Ops.Call(Ops.GetAttr(stdout, "write"), new PyObject[] { new PyStr(Ops.Repr(args[0]) + "\n") });
            Builtins.Dict.Set("_", args[0]);
            return PyNone.Instance;
        });
        m.Set("displayhook", displayhook);
        m.Set("__displayhook__", displayhook);
        m.Def("getdefaultencoding", (args, kw) => new PyStr("utf-8"));
        m.Def("getfilesystemencoding", (args, kw) => new PyStr("utf-8"));
        m.Def("getfilesystemencodeerrors", (args, kw) => new PyStr("surrogateescape"));
        m.Def("getsizeof", (args, kw) => PyInt.From(args[0] switch
        {
            PyInt i => 24 + 4 * Math.Max(1, (int)((System.Numerics.BigInteger.Abs(i.AsBig).GetBitLength() + 29) / 30)),
            PyStr str => 49 + str.Value.Length,
            PyList l => 56 + 8 * l.Items.Count,
            PyTuple t => 40 + 8 * t.Items.Length,
            PyDict => 64,
            _ => 48,
        }));
        m.Def("is_finalizing", (args, kw) => PyBool.False);
        m.Def("get_int_max_str_digits", (args, kw) => PyInt.From(IntText.MaxStrDigits));
        m.Def("set_int_max_str_digits", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            PyObject? value = args.Length - nkw == 1 ? args[0] : null;
            if (args.Length - nkw > 1)
                throw Errors.Type($"set_int_max_str_digits() takes at most 1 argument ({args.Length - nkw} given)");
            for (int k = 0; k < nkw; k++)
            {
                if (((PyStr)kw![k]).Value == "maxdigits")
                    value = args[args.Length - nkw + k];
            }
            if (value is null)
                throw Errors.Type("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            var digits = Ops.Index(value);
            if (digits.IsBig || digits.Value < 0 || (digits.Value > 0 && digits.Value < IntText.StrDigitsCheckThreshold) || digits.Value > int.MaxValue)
                throw Errors.Value($"maxdigits must be 0 or larger than {IntText.StrDigitsCheckThreshold}");
            IntText.MaxStrDigits = (int)digits.Value;
            return PyNone.Instance;
        });
        foreach (var (name, stream) in new[]
        {
            ("stdin", PyFile.Console("<stdin>", () => Console.In, null)),
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
