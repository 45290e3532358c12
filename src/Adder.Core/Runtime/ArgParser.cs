namespace Adder.Runtime;

/// <summary>
/// Binds the arguments of a builtin to its parameters by position and keyword, with the messages of
/// CPython's Argument Clinic (Python/getargs.c) when they do not fit.
/// </summary>
internal static class ArgParser
{
    /// <summary>
    /// Fills <paramref name="values"/> (one per name; null when not given). The first
    /// <paramref name="positionalOnly"/> parameters cannot be given by keyword; the first
    /// <paramref name="required"/> must be given; those after <paramref name="maxPositional"/> only by keyword.
    /// </summary>
    public static void Bind(string function, ReadOnlySpan<PyObject> args, PyObject[]? kwNames, ReadOnlySpan<string> names,
        Span<PyObject?> values, int required = 0, int positionalOnly = 0, int maxPositional = int.MaxValue)
    {
        // The order of _PyArg_UnpackKeywords' checks: too many in all, too few positional, a missing
        // required parameter, one given twice, an unknown keyword.
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (names.Length == 0 && npos > 0)
            throw Errors.Type($"{function}() takes no arguments ({npos} given)");
        if (names.Length > 0 && npos + nkw > names.Length)
            throw Errors.Type($"{function}() takes at most {names.Length} {(npos == 0 ? "keyword " : "")}argument{(names.Length == 1 ? "" : "s")} ({npos + nkw} given)");
        if (npos > maxPositional)
        {
            throw Errors.Type(maxPositional == 0 ? $"{function}() takes no positional arguments"
                : $"{function}() takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        int positionalRequired = Math.Min(required, positionalOnly);
        if (npos < positionalRequired)
        {
            throw Errors.Type(positionalOnly < names.Length
                ? $"{function}() takes at least {positionalRequired} positional argument{(positionalRequired == 1 ? "" : "s")} ({npos} given)"
                : $"{function}() takes at least {positionalRequired} argument{(positionalRequired == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++)
            values[i] = args[i];
        int givenTwice = int.MaxValue;
        string? unknown = null;
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyStr)kwNames![k]).Value;
            int index = names.IndexOf(name);
            if (index < positionalOnly)
                unknown ??= name;
            else if (index < npos)
                givenTwice = Math.Min(givenTwice, index);
            else
                values[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (values[i] is null)
                throw Errors.Type($"{function}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        if (givenTwice != int.MaxValue)
            throw Errors.Type($"argument for {function}() given by name ('{names[givenTwice]}') and position ({givenTwice + 1})");
        if (unknown is not null)
            throw Errors.Type($"'{unknown}' is an invalid keyword argument for {function}()");
    }

    /// <summary>An int argument converted to a C int (_PyLong_AsInt): through __index__, OverflowError beyond 32 bits.</summary>
    public static int CInt(PyObject o)
    {
        var i = Ops.Index(o);
        return i.IsBig || i.Value is > int.MaxValue or < int.MinValue
            ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C int")
            : (int)i.Value;
    }

    private static int IndexOf(this ReadOnlySpan<string> names, string name)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] == name)
                return i;
        }
        return -1;
    }
}
