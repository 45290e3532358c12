namespace Adder.Compiler;

/// <summary>Private names: <c>__x</c> used inside class <c>C</c> means <c>_C__x</c> (Python/compile.c: _Py_Mangle).</summary>
public static class Mangling
{
    public static string Mangle(string? className, string name)
    {
        if (className is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        string cls = className.TrimStart('_');
        return cls.Length == 0 ? name : "_" + cls + name;
    }
}
