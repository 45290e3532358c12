namespace Adder.Runtime;

/// <summary>
/// Named tuples of the runtime (sys.version_info, sys.flags, time.struct_time...): tuples whose type
/// names the fields, shown as <c>sys.version_info(major=3, minor=11, ...)</c> (Objects/structseq.c).
/// </summary>
public static class StructSequence
{
    private static readonly Dictionary<PyType, string[]> s_fields = new();

    // Fields past the sequence ones (struct_time's tm_zone, tm_gmtoff): attributes, not items.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyTuple, PyObject[]> s_extras = new();

    public static PyType Define(string module, string name, params string[] fields) => Define(module, name, fields, Array.Empty<string>());

    public static PyType Define(string module, string name, string[] fields, string[] extraFields)
    {
        var type = PyType.Builtin(name, PyTuple.TypeObject).InModule(module).Final();
        s_fields[type] = fields;
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            type.GetSet(fields[i], o => ((PyTuple)o).Items[index]);
        }
        for (int i = 0; i < extraFields.Length; i++)
        {
            int index = i;
            type.GetSet(extraFields[i], o => s_extras.TryGetValue((PyTuple)o, out var extra) ? extra[index] : PyNone.Instance);
        }
        type.SetAttribute("n_fields", PyInt.From(fields.Length + extraFields.Length));
        type.SetAttribute("n_sequence_fields", PyInt.From(fields.Length));
        type.SetAttribute("n_unnamed_fields", PyInt.From(0));
        return type;
    }

    public static PyTuple Create(PyType type, params PyObject[] values) => new(values) { Type = type };

    public static PyTuple Create(PyType type, PyObject[] values, PyObject[] extras)
    {
        var t = Create(type, values);
        s_extras.Add(t, extras);
        return t;
    }

    /// <summary>The repr of a struct sequence, or null for other tuples.</summary>
    public static string? Repr(PyTuple t)
    {
        if (!s_fields.TryGetValue(t.Type, out var fields))
            return null;
        var parts = new string[fields.Length];
        for (int i = 0; i < fields.Length; i++)
            parts[i] = fields[i] + "=" + Ops.Repr(t.Items[i]);
        return $"{t.Type.ModuleName}.{t.Type.Name}({string.Join(", ", parts)})";
    }
}
