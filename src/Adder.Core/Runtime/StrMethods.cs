using System.Text;

namespace Adder.Runtime;

/// <summary>
/// The methods of str that do not depend on the Unicode database (those are in <see cref="StrUnicodeMethods"/>):
/// searching, splitting, joining, replacing, padding, translating. Positions and widths count code
/// points; arguments are checked with CPython 3.11's messages.
/// </summary>
internal static class StrMethods
{
    public static void Register()
    {
        var str = PyStr.TypeObject;
        str.Method("find", (args, kw) => PyInt.From(Find(FindArgs("find", args, kw), fromEnd: false)), CallShape.VarArgs);
        str.Method("rfind", (args, kw) => PyInt.From(Find(FindArgs("rfind", args, kw), fromEnd: true)), CallShape.VarArgs);
        str.Method("index", (args, kw) => Find(FindArgs("index", args, kw), fromEnd: false) is int i and >= 0 ? PyInt.From(i) : Errors.Pending(Errors.Value("substring not found")), CallShape.VarArgs);
        str.Method("rindex", (args, kw) => Find(FindArgs("rindex", args, kw), fromEnd: true) is int i and >= 0 ? PyInt.From(i) : Errors.Pending(Errors.Value("substring not found")), CallShape.VarArgs);
        str.Method("count", (args, kw) => PyInt.From(Count(FindArgs("count", args, kw))), CallShape.VarArgs);
        str.Method("startswith", (args, kw) => PyBool.From(Affix(FindArgs("startswith", args, kw), "startswith", atEnd: false)), CallShape.VarArgs);
        str.Method("endswith", (args, kw) => PyBool.From(Affix(FindArgs("endswith", args, kw), "endswith", atEnd: true)), CallShape.VarArgs);
        str.Method("split", (args, kw) => SplitMethod(args, kw, "split", fromEnd: false));
        str.Method("rsplit", (args, kw) => SplitMethod(args, kw, "rsplit", fromEnd: true));
        str.Method("__format__", (args, kw) =>
        {
            string spec = args[1] is PyStr s ? s.Value : throw Errors.Type($"__format__() argument must be str, not {Errors.TypeNameOrNone(args[1])}");
            return spec.Length > 0 ? new PyStr(FormatSpec.Format(args[0], spec)) : args[0].Type == PyStr.TypeObject ? args[0] : new PyStr(Self(args).Value);
        }, CallShape.OneArg);
        str.Method("splitlines", (args, kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Bind("splitlines", args[1..], kw, s_keepends, v);
            return SplitLines(Self(args), v[0] is { } keep && ArgParser.CInt(keep) != 0);
        });
        str.Method("partition", (args, kw) => Partition(Self(args), args[1], fromEnd: false), CallShape.OneArg);
        str.Method("rpartition", (args, kw) => Partition(Self(args), args[1], fromEnd: true), CallShape.OneArg);
        str.Method("join", (args, kw) => Join(Self(args), args[1]), CallShape.OneArg);
        ((PyBuiltinFunction)str.Dict["join"]).Consumes = (1, Interpreter.CollectConsumer.MakeJoin);
        str.Method("replace", (args, kw) =>
        {
            Positional("replace", args, 2, 3);
            string old = args[1] is PyStr o ? o.Value : throw Errors.BadArgument("replace", "argument 1", "str", args[1]);
            string replacement = args[2] is PyStr r ? r.Value : throw Errors.BadArgument("replace", "argument 2", "str", args[2]);
            long count = args.Length > 3 ? SsizeArg(args[3]) : -1;
            return new PyStr(Replace(Self(args).Value, old, replacement, count < 0 ? int.MaxValue : (int)Math.Min(count, int.MaxValue)));
        }, CallShape.FastCall);
        str.Method("removeprefix", (args, kw) =>
        {
            var self = Self(args);
            string prefix = args[1] is PyStr p ? p.Value : throw Errors.BadArgument("removeprefix", "argument", "str", args[1]);
            return self.Value.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length > 0 ? new PyStr(self.Value[prefix.Length..]) : Same(self);
        }, CallShape.OneArg);
        str.Method("removesuffix", (args, kw) =>
        {
            var self = Self(args);
            string suffix = args[1] is PyStr p ? p.Value : throw Errors.BadArgument("removesuffix", "argument", "str", args[1]);
            return self.Value.EndsWith(suffix, StringComparison.Ordinal) && suffix.Length > 0 ? new PyStr(self.Value[..^suffix.Length]) : Same(self);
        }, CallShape.OneArg);
        str.Method("zfill", (args, kw) => Pad(args, kw, "zfill"), CallShape.OneArg);
        str.Method("center", (args, kw) => Pad(args, kw, "center"), CallShape.FastCall);
        str.Method("ljust", (args, kw) => Pad(args, kw, "ljust"), CallShape.FastCall);
        str.Method("rjust", (args, kw) => Pad(args, kw, "rjust"), CallShape.FastCall);
        str.Method("expandtabs", (args, kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Bind("expandtabs", args[1..], kw, s_tabsize, v);
            int tab = v[0] is null ? 8 : ArgParser.CInt(v[0]!);
            return new PyStr(ExpandTabs(Self(args).Value, tab));
        });
        str.Method("format", (args, kw) => new PyStr(StrFormatter.Format(Self(args).Value, args[1..], kw)));
        str.Method("format_map", (args, kw) => new PyStr(StrFormatter.FormatMap(Self(args).Value, args[1])), CallShape.OneArg);
        str.Method("translate", (args, kw) => new PyStr(Translate(Self(args).Value, args[1])), CallShape.OneArg);
        str.SetAttribute("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (args, kw) => MakeTrans(args, kw))));
    }

    private static readonly string[] s_tabsize = { "tabsize" };
    private static readonly string[] s_keepends = { "keepends" };
    private static readonly string[] s_splitNames = { "sep", "maxsplit" };

    private static PyStr Self(ReadOnlySpan<PyObject> args) => (PyStr)args[0];

    /// <summary>The receiver itself when it is exactly a str (a subclass's instance becomes a plain str).</summary>
    private static PyStr Same(PyStr s) => s.Type == PyStr.TypeObject ? s : new PyStr(s.Value);

    // ---- Argument checks (CPython's messages for each calling convention) ----

    /// <summary>A method with positional-only parameters (Argument Clinic's range check).</summary>
    private static void Positional(string name, ReadOnlySpan<PyObject> args, int min, int max)
    {
        int given = args.Length - 1;
        if (given < min)
            throw Errors.Type($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {given}");
        if (given > max)
            throw Errors.Type($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {given}");
    }

    /// <summary>find and friends parse (sub[, start[, end]]) the old way (PyArg_ParseTuple).</summary>
    private static ReadOnlySpan<PyObject> FindArgs(string name, ReadOnlySpan<PyObject> args, PyObject[]? kw)
    {
        if (args.Length < 2)
            throw Errors.Type($"{name}() takes at least 1 argument ({args.Length - 1} given)");
        if (args.Length > 4)
            throw Errors.Type($"{name}() takes at most 3 arguments ({args.Length - 1} given)");
        return args;
    }

    private static string SubArg(PyObject o) => o is PyStr s ? s.Value : throw Errors.Type($"must be str, not {o.Type.Name}");

    /// <summary>A Py_ssize_t argument (through __index__).</summary>
    private static long SsizeArg(PyObject o)
    {
        var i = Ops.Index(o);
        return i.IsBig ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t") : i.Value;
    }

    // ---- Searching ----

    /// <summary>The start and end arguments of find/count (slice semantics), clamped to the string.</summary>
    private static (int Start, int End) Bounds(ReadOnlySpan<PyObject> args, int length) =>
        Bounds(args.Length > 2 ? args[2] : null, args.Length > 3 ? args[3] : null, length);

    internal static (int Start, int End) Bounds(PyObject? startArg, PyObject? endArg, int length)
    {
        // A start past the end stays past it (so that nothing, not even "", is found there).
        static int Clamp(PyObject? bound, int length, int fallback, int limit)
        {
            if (bound is null or PyNone)
                return fallback;
            if (bound is not PyInt && (!bound.Type.IsHeapType || bound.Type.LookupOverride("__index__") is null))
                throw Errors.Type("slice indices must be integers or None or have an __index__ method");
            var index = Ops.Index(bound);
            long i = index.IsBig ? (index.AsBig.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : index.Value;
            if (i < 0)
                i = Math.Max(0, i + length);
            return (int)Math.Min(i, limit);
        }
        return (Clamp(startArg, length, 0, length + 1), Clamp(endArg, length, length, length));
    }

    /// <summary><see cref="Bounds"/> of a str method, as UTF-16 offsets into the receiver.</summary>
    private static (int Start, int End) Utf16Bounds(ReadOnlySpan<PyObject> args)
    {
        var self = (PyStr)args[0];
        var (start, end) = Bounds(args, self.Length);
        if (self.IsBmp)
            return (start, end);
        return (start > self.Length ? self.Value.Length + 1 : CodePoints.Offset(self.Value, start), CodePoints.Offset(self.Value, end));
    }

    /// <summary>str.find / rfind: the index of the first (last) match within the bounds, or -1.</summary>
    private static int Find(ReadOnlySpan<PyObject> args, bool fromEnd)
    {
        string s = Self(args).Value;
        var (start, end) = Utf16Bounds(args); // the bounds are parsed before the substring is checked
        string sub = SubArg(args[1]);
        if (end - start < sub.Length)
            return -1;
        int at = fromEnd
            ? s.AsSpan(start, end - start).LastIndexOf(sub, StringComparison.Ordinal)
            : s.AsSpan(start, end - start).IndexOf(sub, StringComparison.Ordinal);
        return at < 0 ? -1 : Self(args).IsBmp ? at + start : CodePoints.Index(s, at + start);
    }

    private static int Count(ReadOnlySpan<PyObject> args)
    {
        var (first, last) = Bounds(args, Self(args).Length);
        string sub = SubArg(args[1]);
        if (first > last)
            return 0;
        if (sub.Length == 0)
            return last - first + 1;
        var (start, end) = Utf16Bounds(args);
        var text = Self(args).Value.AsSpan(start, end - start);
        int n = 0;
        for (int i = text.IndexOf(sub, StringComparison.Ordinal); i >= 0; n++)
        {
            text = text[(i + sub.Length)..];
            i = text.IndexOf(sub, StringComparison.Ordinal);
        }
        return n;
    }

    private static bool Affix(ReadOnlySpan<PyObject> args, string name, bool atEnd)
    {
        var (start, end) = Utf16Bounds(args);
        string s = Self(args).Value;
        if (args[1] is PyTuple options)
        {
            foreach (var option in options.Items)
            {
                if (Matches(s, start, end, option is PyStr p ? p.Value : throw Errors.Type($"tuple for {name} must only contain str, not {option.Type.Name}"), atEnd))
                    return true;
            }
            return false;
        }
        return Matches(s, start, end, args[1] is PyStr one ? one.Value
            : throw Errors.Type($"{name} first arg must be str or a tuple of str, not {args[1].Type.Name}"), atEnd);

        static bool Matches(string s, int start, int end, string affix, bool atEnd) =>
            start <= end && end - start >= affix.Length
            && (atEnd ? s.AsSpan(start, end - start).EndsWith(affix, StringComparison.Ordinal) : s.AsSpan(start, end - start).StartsWith(affix, StringComparison.Ordinal));
    }

    // ---- Splitting and joining ----

    private static PyObject SplitMethod(ReadOnlySpan<PyObject> args, PyObject[]? kw, string name, bool fromEnd)
    {
        var v = new PyObject?[2];
        ArgParser.Bind(name, args[1..], kw, s_splitNames, v);
        long maxsplit = v[1] is null ? -1 : SsizeArg(v[1]!); // converted before sep is checked, as Argument Clinic does
        string? sep = v[0] switch
        {
            null or PyNone => null,
            PyStr s => s.Value,
            var other => throw Errors.Type($"must be str or None, not {other.Type.Name}"),
        };
        int max = maxsplit < 0 ? int.MaxValue : (int)Math.Min(maxsplit, int.MaxValue);
        string text = Self(args).Value;
        if (sep is { Length: 0 })
            throw Errors.Value("empty separator");
        var parts = new List<PyObject>();
        if (sep is null)
            SplitWhitespace(text, max, fromEnd, parts);
        else if (!fromEnd)
        {
            int start = 0;
            while (parts.Count < max && text.IndexOf(sep, start, StringComparison.Ordinal) is var at and >= 0)
            {
                parts.Add(new PyStr(text[start..at]));
                start = at + sep.Length;
            }
            parts.Add(parts.Count == 0 ? Same(Self(args)) : new PyStr(text[start..]));
        }
        else
        {
            int end = text.Length;
            while (parts.Count < max && end >= sep.Length && text.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal) is var at and >= 0)
            {
                parts.Add(new PyStr(text[(at + sep.Length)..end]));
                end = at;
            }
            parts.Add(parts.Count == 0 ? Same(Self(args)) : new PyStr(text[..end]));
            parts.Reverse();
        }
        return new PyList(parts);
    }

    /// <summary>Runs of whitespace separate; whitespace at the ends makes no empty parts, but what is left
    /// after <paramref name="max"/> splits keeps its far end as it is.</summary>
    private static void SplitWhitespace(string s, int max, bool fromEnd, List<PyObject> parts)
    {
        if (!fromEnd)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && StrUnicodeMethods.IsSpace(s[i]))
                    i++;
                if (i == s.Length)
                    return;
                if (parts.Count == max)
                {
                    parts.Add(new PyStr(s[i..]));
                    return;
                }
                int j = i;
                while (j < s.Length && !StrUnicodeMethods.IsSpace(s[j]))
                    j++;
                parts.Add(new PyStr(s[i..j]));
                i = j;
            }
        }
        int end = s.Length;
        while (true)
        {
            while (end > 0 && StrUnicodeMethods.IsSpace(s[end - 1]))
                end--;
            if (end == 0)
                break;
            if (parts.Count == max)
            {
                parts.Add(new PyStr(s[..end]));
                break;
            }
            int j = end;
            while (j > 0 && !StrUnicodeMethods.IsSpace(s[j - 1]))
                j--;
            parts.Add(new PyStr(s[j..end]));
            end = j;
        }
        parts.Reverse();
    }

    /// <summary>str.splitlines: at \n, \r, \r\n and the other Unicode line boundaries.</summary>
    private static PyList SplitLines(PyStr self, bool keepEnds)
    {
        string s = self.Value;
        var lines = new List<PyObject>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029'))
                continue;
            int end = i;
            if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                i++;
            lines.Add(new PyStr(s[start..(keepEnds ? i + 1 : end)]));
            start = i + 1;
        }
        if (start < s.Length)
            lines.Add(start == 0 ? Same(self) : new PyStr(s[start..]));
        return new PyList(lines);
    }

    private static PyObject Partition(PyStr self, PyObject sepArg, bool fromEnd)
    {
        string s = self.Value, sep = SubArg(sepArg);
        if (sep.Length == 0)
            throw Errors.Value("empty separator");
        int i = fromEnd ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
        {
            // Not found: the receiver itself comes back (even an instance of a subclass).
            return fromEnd
                ? new PyTuple(new PyObject[] { PyStr.Empty, PyStr.Empty, self })
                : new PyTuple(new PyObject[] { self, PyStr.Empty, PyStr.Empty });
        }
        return new PyTuple(new PyObject[] { new PyStr(s[..i]), sepArg.Type == PyStr.TypeObject ? sepArg : new PyStr(sep), new PyStr(s[(i + sep.Length)..]) });
    }

    internal static PyObject Join(PyStr self, PyObject iterable)
    {
        // An exact list or tuple is used as it is (CPython's PySequence_Fast); anything else is iterated.
        if (ReferenceEquals(iterable.Type, PyList.TypeObject))
            return JoinItems(self, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(((PyList)iterable).Items));
        if (ReferenceEquals(iterable.Type, PyTuple.TypeObject))
            return JoinItems(self, ((PyTuple)iterable).Items);
        PyIterator it;
        try
        {
            it = Ops.GetIter(iterable);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && iterable.Type.LookupOverride("__iter__") is null)
        {
            throw Errors.Type("can only join an iterable");
        }
        // Like PySequence_Fast, all the items first, then their checks (a generator runs to its end).
        var items = new List<PyObject>();
        for (var x = it.Next(); x is not null; x = it.Next())
            ObjectArrays.Append(items, x);
        return JoinItems(self, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
    }

    private static PyObject JoinItems(PyStr self, ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0)
            return PyStr.Empty;
        long length = (long)self.Value.Length * (items.Length - 1);
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyStr s)
                throw Errors.Type($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            length += s.Value.Length;
        }
        // A single exact str joins to itself.
        if (items.Length == 1 && ReferenceEquals(items[0].Type, PyStr.TypeObject))
            return items[0];
        if (length > int.MaxValue)
            throw Errors.Raise(ExceptionTypes.OverflowError, "join() result is too long for a Python string");
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent((int)length);
        var destination = buffer.AsSpan();
        string separator = self.Value;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(destination);
                destination = destination[separator.Length..];
            }
            string text = ((PyStr)items[i]).Value;
            text.CopyTo(destination);
            destination = destination[text.Length..];
        }
        var result = new PyStr(new string(buffer, 0, (int)length));
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return result;
    }

    // ---- Replacing and padding ----

    private static string Replace(string s, string old, string replacement, int count)
    {
        var sb = new StringBuilder();
        if (old.Length == 0)
        {
            // An empty pattern matches before every code point and at the end.
            int done = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                if (done < count)
                {
                    sb.Append(replacement);
                    done++;
                }
                if (i < s.Length)
                {
                    sb.Append(s[i]);
                    if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        sb.Append(s[++i]);
                }
            }
            return sb.ToString();
        }
        int pos = 0;
        for (int n = 0; n < count; n++)
        {
            int i = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (i < 0)
                break;
            sb.Append(s, pos, i - pos).Append(replacement);
            pos = i + old.Length;
        }
        return pos == 0 ? s : sb.Append(s, pos, s.Length - pos).ToString();
    }

    /// <summary>center/ljust/rjust/zfill: widths count code points; the fill is one code point.</summary>
    private static PyObject Pad(ReadOnlySpan<PyObject> args, PyObject[]? kw, string name)
    {
        if (name != "zfill")
            Positional(name, args, 1, 2);
        var self = Self(args);
        long width = SsizeArg(args[1]);
        string fill = " ";
        if (args.Length > 2)
        {
            fill = args[2] is PyStr f ? f.Value : throw Errors.Type($"The fill character must be a unicode character, not {args[2].Type.Name}");
            if (new PyStr(fill).Length != 1)
                throw Errors.Type("The fill character must be exactly one character long");
        }
        string s = self.Value;
        if (width <= self.Length)
            return Same(self);
        if (width - self.Length > Array.MaxLength)
            throw Errors.Memory();
        int margin = (int)(width - self.Length);
        int left = name switch
        {
            "ljust" => 0,
            "rjust" or "zfill" => margin,
            _ => margin / 2 + (margin & (int)width & 1),
        };
        var sb = new StringBuilder(s.Length + margin * fill.Length);
        if (name == "zfill")
        {
            bool sign = s.Length > 0 && s[0] is '-' or '+';
            if (sign)
                sb.Append(s[0]);
            sb.Append('0', margin).Append(s, sign ? 1 : 0, s.Length - (sign ? 1 : 0));
            return new PyStr(sb.ToString());
        }
        for (int i = 0; i < left; i++)
            sb.Append(fill);
        sb.Append(s);
        for (int i = left; i < margin; i++)
            sb.Append(fill);
        return new PyStr(sb.ToString());
    }

    private static string ExpandTabs(string text, long tab)
    {
        var sb = new StringBuilder(text.Length);
        long column = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                sb.Append(c); // the second half of a code point already counted
                continue;
            }
            if (c == '\t')
            {
                if (tab > 0)
                {
                    long spaces = tab - column % tab;
                    if (sb.Length + spaces > int.MaxValue)
                        throw Errors.Raise(ExceptionTypes.OverflowError, "new string is too long");
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    // ---- Translation ----

    /// <summary>str.translate: each code point looked up in the table (a KeyError or IndexError keeps it).</summary>
    private static string Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        var cache = new Dictionary<int, string?>();
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i++) : s[i];
            if (!cache.TryGetValue(cp, out var mapped))
            {
                mapped = Lookup(table, cp);
                cache[cp] = mapped;
            }
            if (mapped is null)
                Common.UnicodeInfo.AppendCodePoint(sb, cp);
            else
                sb.Append(mapped);
        }
        return sb.ToString();

        // The replacement text, "" to delete, or null to keep the code point.
        static string? Lookup(PyObject table, int cp)
        {
            PyObject value;
            try
            {
                value = Ops.GetItem(table, PyInt.From(cp));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError))
            {
                return null;
            }
            return value switch
            {
                PyNone => "",
                PyStr text => text.Value,
                PyInt n when !n.IsBig && n.Value is >= 0 and <= 0x10FFFF => n.Value >= 0x10000 ? char.ConvertFromUtf32((int)n.Value) : ((char)n.Value).ToString(),
                PyInt => throw Errors.Value("character mapping must be in range(0x110000)"),
                _ => throw Errors.Type("character mapping must return integer, None or str"),
            };
        }
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, PyObject[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.Type("str.maketrans() takes no keyword arguments");
        if (args.Length is < 1 or > 3)
            throw Errors.Type(args.Length < 1 ? "maketrans expected at least 1 argument, got 0" : $"maketrans expected at most 3 arguments, got {args.Length}");
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d)
                throw Errors.Type("if you give only one argument to maketrans it must be a dict");
            foreach (var (key, value) in d.Items())
            {
                if (key is PyStr k)
                {
                    if (k.Length != 1)
                        throw Errors.Value("string keys in translate table must be of length 1");
                    result.Set(PyInt.From(CodePoints.ToArray(k.Value)[0]), value);
                }
                else if (key is PyInt)
                {
                    result.Set(key, value);
                }
                else
                {
                    throw Errors.Type("keys in translate table must be strings or integers");
                }
            }
            return result;
        }
        // The later arguments are typed (checked first); the first is checked by hand.
        var to = args[1] is PyStr t ? CodePoints.ToArray(t.Value) : throw Errors.BadArgument("maketrans", "argument 2", "str", args[1]);
        var delete = args.Length < 3 ? Array.Empty<int>()
            : args[2] is PyStr z ? CodePoints.ToArray(z.Value) : throw Errors.BadArgument("maketrans", "argument 3", "str", args[2]);
        var from = args[0] is PyStr f ? CodePoints.ToArray(f.Value) : throw Errors.Type("first maketrans argument must be a string if there is a second argument");
        if (from.Length != to.Length)
            throw Errors.Value("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.Length; i++)
            result.Set(PyInt.From(from[i]), PyInt.From(to[i]));
        foreach (int cp in delete)
            result.Set(PyInt.From(cp), PyNone.Instance);
        return result;
    }
}
