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
    /// <paramref name="required"/> must be given.
    /// </summary>
    public static void Bind(string function, ReadOnlySpan<PyObject> args, PyObject[]? kwNames, ReadOnlySpan<string> names,
        Span<PyObject?> values, int required = 0, int positionalOnly = 0)
    {
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > names.Length)
        {
            throw Errors.Type(names.Length == 0
                ? $"{function}() takes no arguments ({npos} given)"
                : $"{function}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
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
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyStr)kwNames![k]).Value;
            int index = names.IndexOf(name);
            if (index < positionalOnly)
                throw Errors.Type($"'{name}' is an invalid keyword argument for {function}()");
            if (values[index] is not null)
                throw Errors.Type($"argument for {function}() given by name ('{name}') and position ({index + 1})");
            values[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (values[i] is null)
                throw Errors.Type($"{function}() missing required argument '{names[i]}' (pos {i + 1})");
        }
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
