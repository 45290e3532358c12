namespace Adder.Runtime;

/// <summary>types.UnionType: what <c>int | str</c> evaluates to; isinstance and issubclass accept it.</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("UnionType").InModule("types").Final();

    private PyUnionType(PyObject[] args)
        : base(TypeObject)
    {
        Args = new PyTuple(args);
    }

    public PyTuple Args { get; }

    /// <summary>Whether a value can be a member of a union (a class, None, a generic alias, a union).</summary>
    public static bool CanJoin(PyObject o) => o is PyType or PyNone or PyGenericAlias or PyUnionType;

    /// <summary>a | b: the members of both, flattened, without repeats (None stands for NoneType).</summary>
    public static PyObject Of(PyObject a, PyObject b)
    {
        var members = new List<PyObject>();
        void Add(PyObject o)
        {
            if (o is PyUnionType u)
            {
                foreach (var m in u.Args.Items)
                    Add(m);
                return;
            }
            var member = o is PyNone ? PyNone.TypeObject : o;
            foreach (var existing in members)
            {
                if (ReferenceEquals(existing, member) || existing is PyGenericAlias && Ops.Equal(existing, member))
                    return;
            }
            members.Add(member);
        }
        Add(a);
        Add(b);
        return members.Count == 1 ? members[0] : new PyUnionType(members.ToArray());
    }

    public override string ToString()
    {
        var parts = new string[Args.Items.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var m = Args.Items[i];
            parts[i] = ReferenceEquals(m, PyNone.TypeObject) ? "None"
                : m is PyType t ? (t.ModuleName == "builtins" ? t.Qualname : t.ModuleName + "." + t.Qualname)
                : Ops.Repr(m);
        }
        return string.Join(" | ", parts);
    }
}
