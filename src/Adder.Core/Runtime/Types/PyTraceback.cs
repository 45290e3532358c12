using Adder.Runtime.Interpreter;

namespace Adder.Runtime;

/// <summary>
/// A traceback entry (<c>exc.__traceback__</c>): a frame and the instruction and line it was at, linked
/// from the outermost frame the exception passed through to the innermost.
/// </summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("traceback");

    public PyTraceback(PyFrameObject frame, int lasti, int line, PyTraceback? next)
        : base(TypeObject)
    {
        Frame = frame;
        Lasti = lasti;
        Line = line;
        Next = next;
    }

    public PyFrameObject Frame { get; }
    public int Lasti { get; }
    public int Line { get; }
    public PyTraceback? Next { get; set; }

    public PyCode Code => Frame.Frame.Code;

    internal static void Register()
    {
        static PyTraceback T(PyObject o) => (PyTraceback)o;
        TypeObject.GetSet("tb_frame", o => T(o).Frame);
        TypeObject.GetSet("tb_lasti", o => PyInt.From(T(o).Lasti));
        TypeObject.GetSet("tb_lineno", o => PyInt.From(T(o).Line));
        TypeObject.GetSet("tb_next", o => (PyObject?)T(o).Next ?? PyNone.Instance, (o, v) =>
        {
            var next = v is null or PyNone ? null : v as PyTraceback ?? throw Errors.Type($"expected traceback object or None, got '{v.Type.Name}'");
            for (var t = next; t is not null; t = t.Next)
            {
                if (ReferenceEquals(t, o))
                    throw Errors.Value("traceback loop detected");
            }
            T(o).Next = next;
        });
    }
}

/// <summary>
/// A frame as Python code sees it (<c>sys._getframe()</c>, <c>tb.tb_frame</c>): made only when asked
/// for, once per frame, over the interpreter's frame.
/// </summary>
public sealed class PyFrameObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("frame");

    private PyFrameObject(Frame frame)
        : base(TypeObject)
    {
        Frame = frame;
    }

    public Frame Frame { get; }

    public static PyFrameObject Of(Frame frame)
    {
        if (frame.FrameObject is { } existing)
            return existing;
        // From now on the frame object may show the frame and its callers (f_back) at any time.
        frame.Escape();
        return frame.FrameObject = new PyFrameObject(frame);
    }

    /// <summary>f_locals: the namespace of module and class bodies; a snapshot of a function's variables.</summary>
    public PyDict Locals()
    {
        if (Frame.Locals is { } ns)
            return ns;
        var code = Frame.Code;
        var dict = new PyDict();
        for (int i = 0; i < code.LocalsPlusCount; i++)
        {
            var value = Frame.Local(i);
            if (value is PyCell cell && (i >= code.Varnames.Length || Array.IndexOf(code.Cellvars, code.Varnames[i]) >= 0))
                value = cell.Contents;
            if (value is not null)
                dict.Set(code.LocalsPlusName(i), value);
        }
        return dict;
    }

    internal static void Register()
    {
        static Frame F(PyObject o) => ((PyFrameObject)o).Frame;
        TypeObject.GetSet("f_code", o => F(o).Code);
        TypeObject.GetSet("f_globals", o => F(o).Globals);
        TypeObject.GetSet("f_builtins", o => F(o).Builtins);
        TypeObject.GetSet("f_locals", o => ((PyFrameObject)o).Locals());
        TypeObject.GetSet("f_lineno", o => PyInt.From(F(o).Code.LineOf(F(o).LastInstruction)));
        TypeObject.GetSet("f_lasti", o => PyInt.From(F(o).LastInstruction * 2));
        TypeObject.GetSet("f_back", o => F(o).Back is { } back ? Of(back) : PyNone.Instance);
        TypeObject.GetSet("f_trace", o => PyNone.Instance, (o, v) => { });
    }

    public override string ToString() =>
        $"<frame at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x}, file '{Frame.Code.Filename}', line {Frame.Code.LineOf(Frame.LastInstruction)}, code {Frame.Code.Name}>";
}
