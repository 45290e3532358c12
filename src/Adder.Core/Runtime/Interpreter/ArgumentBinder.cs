namespace Adder.Runtime.Interpreter;

/// <summary>
/// Binds call arguments to a Python function's parameters, with CPython's rules and messages
/// (Python/ceval.c: initialize_locals, too_many_positional, missing_arguments).
/// </summary>
internal static class ArgumentBinder
{
    /// <summary>
    /// Fills <paramref name="locals"/> for calling <paramref name="fn"/> with <paramref name="args"/>,
    /// the last <paramref name="kwNames"/>.Length of which are keyword arguments.
    /// </summary>
    public static void Bind(PyFunction fn, ReadOnlySpan<PyObject?> args, PyTuple? kwNames, Span<PyObject?> locals)
    {
        var code = fn.Code;
        int nkw = kwNames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        int argcount = code.Argcount;
        int kwonly = code.Kwonlyargcount;
        bool hasVarargs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarkw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int total = argcount + kwonly;

        // Fast path: positional arguments only, exactly the parameters.
        if (nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && kwonly == 0)
        {
            // A handful: a loop rather than a bulk copy's call.
            for (int i = 0; i < args.Length; i++)
                locals[i] = args[i];
            return;
        }

        PyDict? kwargsDict = null;
        if (hasVarkw)
        {
            kwargsDict = new PyDict();
            locals[total + (hasVarargs ? 1 : 0)] = kwargsDict;
        }

        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++)
            locals[i] = args[i];
        if (hasVarargs)
        {
            var extra = npos > argcount ? args.Slice(argcount, npos - argcount).ToArray()! : Array.Empty<PyObject>();
            locals[total] = extra.Length == 0 ? PyTuple.Empty : new PyTuple(extra!);
        }
        else if (npos > argcount)
        {
            throw TooManyPositional(fn, npos, kwNames);
        }

        List<string>? posonlyAsKeyword = null;
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyStr)kwNames!.Items[k]).Value;
            var value = args[npos + k]!;
            int index = -1;
            for (int p = code.Posonlyargcount; p < total; p++)
            {
                if (code.Varnames[p] == name)
                {
                    index = p;
                    break;
                }
            }
            if (index < 0)
            {
                if (kwargsDict is not null)
                {
                    kwargsDict.Set(name, value);
                    continue;
                }
                if (Array.IndexOf(code.Varnames, name, 0, code.Posonlyargcount) >= 0)
                {
                    (posonlyAsKeyword ??= new()).Add(name);
                    continue;
                }
                throw Errors.Type($"{fn.Qualname}() got an unexpected keyword argument '{name}'");
            }
            if (locals[index] is not null)
                throw Errors.Type($"{fn.Qualname}() got multiple values for argument '{name}'");
            locals[index] = value;
        }
        if (posonlyAsKeyword is not null)
        {
            throw Errors.Type($"{fn.Qualname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posonlyAsKeyword)}'");
        }

        // Defaults for the trailing positional parameters, then the keyword-only ones.
        int firstDefault = argcount - fn.Defaults.Length;
        List<string>? missing = null;
        for (int i = npos; i < argcount; i++)
        {
            if (locals[i] is not null)
                continue;
            if (i >= firstDefault)
                locals[i] = fn.Defaults[i - firstDefault];
            else
                (missing ??= new()).Add(code.Varnames[i]);
        }
        if (missing is not null)
            throw Missing(fn, missing, "positional");
        for (int i = argcount; i < total; i++)
        {
            if (locals[i] is not null)
                continue;
            if (fn.KwDefaults is not null && fn.KwDefaults.TryGetValue(new PyStr(code.Varnames[i]), out var d))
                locals[i] = d;
            else
                (missing ??= new()).Add(code.Varnames[i]);
        }
        if (missing is not null)
            throw Missing(fn, missing, "keyword-only");
    }

    private static PyException Missing(PyFunction fn, List<string> names, string kind)
    {
        string list = names.Count switch
        {
            1 => $"'{names[0]}'",
            2 => $"'{names[0]}' and '{names[1]}'",
            _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $", and '{names[^1]}'",
        };
        return Errors.Type($"{fn.Qualname}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }

    private static PyException TooManyPositional(PyFunction fn, int given, PyTuple? kwNames)
    {
        var code = fn.Code;
        int defaults = fn.Defaults.Length;
        string takes = defaults > 0
            ? $"from {code.Argcount - defaults} to {code.Argcount} positional arguments"
            : $"{code.Argcount} positional argument{(code.Argcount == 1 ? "" : "s")}";
        int kwonlyGiven = 0;
        for (int k = 0; kwNames is not null && k < kwNames.Items.Length; k++)
        {
            string name = ((PyStr)kwNames.Items[k]).Value;
            if (Array.IndexOf(code.Varnames, name, code.Argcount, code.Kwonlyargcount) >= 0)
                kwonlyGiven++;
        }
        string kwPart = kwonlyGiven > 0 ? $" positional argument{(given == 1 ? "" : "s")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven == 1 ? "" : "s")})" : "";
        return Errors.Type($"{fn.Qualname}() takes {takes} but {given}{kwPart} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }
}
