using System.Text;

namespace Adder.Runtime;

/// <summary>The common methods of str, list and dict (the builtin-types issue completes them).</summary>
internal static class TypeMethods
{
    private static void Method(PyType type, string name, PyBuiltinFunction.Body body) =>
        type.Method(name, body);

    private static string S(PyObject o) => ((PyStr)o).Value;

    public static void Register()
    {
        var str = PyStr.TypeObject;
        Method(str, "split", (args, kw) => Split(S(args[0]), args.Length > 1 && args[1] is not PyNone ? S(args[1]) : null,
            args.Length > 2 ? (int)((PyInt)args[2]).Value : -1));
        Method(str, "rsplit", (args, kw) => RSplit(S(args[0]),
            (BuiltinFunctions.KwArg(args, kw, "sep") ?? (args.Length - (kw?.Length ?? 0) > 1 ? args[1] : null)) is PyStr sep ? sep.Value : null,
            (BuiltinFunctions.KwArg(args, kw, "maxsplit") ?? (args.Length - (kw?.Length ?? 0) > 2 ? args[2] : null)) is { } max ? (int)Ops.Index(max).Value : -1));
        Method(str, "replace", (args, kw) => new PyStr(Replace(S(args[0]), S(args[1]), S(args[2]), args.Length > 3 ? (int)((PyInt)args[3]).Value : -1)));
        Method(str, "find", (args, kw) => PyInt.From(Find(args, fromEnd: false)));
        Method(str, "rfind", (args, kw) => PyInt.From(Find(args, fromEnd: true)));
        Method(str, "index", (args, kw) => Find(args, fromEnd: false) is int i and >= 0 ? PyInt.From(i) : throw Errors.Value("substring not found"));
        Method(str, "rindex", (args, kw) => Find(args, fromEnd: true) is int i and >= 0 ? PyInt.From(i) : throw Errors.Value("substring not found"));
        Method(str, "count", (args, kw) =>
        {
            var (first, last) = Bounds(args, ((PyStr)args[0]).Length);
            if (first > last)
                return PyInt.From(0);
            if (args[1] is PyStr { Value.Length: 0 })
                return PyInt.From(last - first + 1);
            var (start, end) = Utf16Bounds(args);
            return PyInt.From(Count(S(args[0])[start..end], args[1] is PyStr sub ? sub.Value : throw Errors.Type($"must be str, not {args[1].Type.Name}")));
        });
        Method(str, "rpartition", (args, kw) =>
        {
            string s = S(args[0]), sep = S(args[1]);
            if (sep.Length == 0)
                throw Errors.Value("empty separator");
            int i = s.LastIndexOf(sep, StringComparison.Ordinal);
            return i < 0
                ? new PyTuple(new PyObject[] { PyStr.Empty, PyStr.Empty, new PyStr(s) })
                : new PyTuple(new PyObject[] { new PyStr(s[..i]), new PyStr(sep), new PyStr(s[(i + sep.Length)..]) });
        });
        Method(str, "expandtabs", (args, kw) =>
        {
            var size = BuiltinFunctions.KwArg(args, kw, "tabsize") ?? (args.Length - (kw?.Length ?? 0) > 1 ? args[1] : null);
            long tab = size is null ? 8 : Ops.Index(size).Value;
            var sb = new StringBuilder();
            int column = 0;
            foreach (char c in S(args[0]))
            {
                if (c == '\t')
                {
                    if (tab > 0)
                    {
                        int spaces = (int)(tab - column % tab);
                        sb.Append(' ', spaces);
                        column += spaces;
                    }
                }
                else
                {
                    sb.Append(c);
                    column = c is '\n' or '\r' ? 0 : column + 1;
                }
            }
            return new PyStr(sb.ToString());
        });
        Method(str, "startswith", (args, kw) => PyBool.From(Affix(S(args[0]), args[1], prefix: true)));
        Method(str, "endswith", (args, kw) => PyBool.From(Affix(S(args[0]), args[1], prefix: false)));
        Method(str, "zfill", (args, kw) => Pad(args, kw, "zfill"));
        Method(str, "center", (args, kw) => Pad(args, kw, "center"));
        Method(str, "ljust", (args, kw) => Pad(args, kw, "ljust"));
        Method(str, "rjust", (args, kw) => Pad(args, kw, "rjust"));
        Method(str, "splitlines", (args, kw) =>
        {
            var keep = BuiltinFunctions.KwArg(args, kw, "keepends") ?? (args.Length - (kw?.Length ?? 0) > 1 ? args[1] : null);
            return SplitLines(S(args[0]), keep is not null && Ops.IsTrue(keep));
        });
        Method(str, "partition", (args, kw) =>
        {
            string s = S(args[0]), sep = S(args[1]);
            int i = s.IndexOf(sep, StringComparison.Ordinal);
            return i < 0
                ? new PyTuple(new PyObject[] { new PyStr(s), PyStr.Empty, PyStr.Empty })
                : new PyTuple(new PyObject[] { new PyStr(s[..i]), new PyStr(sep), new PyStr(s[(i + sep.Length)..]) });
        });
        Method(str, "format", (args, kw) => new PyStr(StrFormat(S(args[0]), args.Slice(1, args.Length - 1 - (kw?.Length ?? 0)).ToArray(), kw, args)));

        var list = PyList.TypeObject;
        Method(list, "extend", (args, kw) =>
        {
            ((PyList)args[0]).Items.AddRange(Ops.UnpackSequenceAny(args[1]));
            return PyNone.Instance;
        });
        Method(list, "insert", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            long i = ((PyInt)args[1]).Value;
            if (i < 0)
                i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), args[2]);
            return PyNone.Instance;
        });
        Method(list, "remove", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            int i = IndexOf(items, args[1]);
            if (i < 0)
                throw Errors.Value("list.remove(x): x not in list");
            items.RemoveAt(i);
            return PyNone.Instance;
        });
        Method(list, "index", (args, kw) => IndexOf(((PyList)args[0]).Items, args[1]) is int i and >= 0 ? PyInt.From(i)
            : throw Errors.Value($"{Ops.Repr(args[1])} is not in list"));
        Method(list, "count", (args, kw) =>
        {
            var target = args[1];
            return PyInt.From(((PyList)args[0]).Items.Count(x => ReferenceEquals(x, target) || Ops.Equal(x, target)));
        });
        Method(list, "reverse", (args, kw) =>
        {
            ((PyList)args[0]).Items.Reverse();
            return PyNone.Instance;
        });
        Method(list, "copy", (args, kw) => new PyList(new List<PyObject>(((PyList)args[0]).Items)));
        Method(list, "clear", (args, kw) =>
        {
            ((PyList)args[0]).Items.Clear();
            return PyNone.Instance;
        });
        Method(list, "sort", (args, kw) =>
        {
            BuiltinFunctions.Sort((PyList)args[0], BuiltinFunctions.KwArg(args, kw, "key"), BuiltinFunctions.KwArg(args, kw, "reverse") is { } r && Ops.IsTrue(r));
            return PyNone.Instance;
        });
        Method(list, "pop", (args, kw) =>
        {
            var items = ((PyList)args[0]).Items;
            if (items.Count == 0)
                throw Errors.Index("pop from empty list");
            long i = args.Length > 1 ? ((PyInt)args[1]).Value : items.Count - 1;
            if (i < 0)
                i += items.Count;
            if (i < 0 || i >= items.Count)
                throw Errors.Index("pop index out of range");
            var v = items[(int)i];
            items.RemoveAt((int)i);
            return v;
        });

        var dict = PyDict.TypeObject;
        Method(dict, "get", (args, kw) => ((PyDict)args[0]).TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : PyNone.Instance);
        Method(dict, "keys", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Keys));
        Method(dict, "values", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Values));
        Method(dict, "items", (args, kw) => new PyDictView((PyDict)args[0], PyDictView.Kind.Items));
        Method(dict, "pop", (args, kw) =>
        {
            var d = (PyDict)args[0];
            if (d.TryGetValue(args[1], out var v))
            {
                d.Remove(args[1]);
                return v;
            }
            return args.Length > 2 ? args[2] : throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new[] { args[1] })));
        });
        Method(dict, "setdefault", (args, kw) =>
        {
            var d = (PyDict)args[0];
            if (d.TryGetValue(args[1], out var v))
                return v;
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            d.Set(args[1], value);
            return value;
        });
        Method(dict, "update", (args, kw) =>
        {
            var d = (PyDict)args[0];
            int positional = args.Length - (kw?.Length ?? 0);
            if (positional > 2)
                throw Errors.Type($"update expected at most 1 argument, got {positional - 1}");
            if (positional == 2 && !ReferenceEquals(args[1], d))
                Builtins.UpdateDict(d, args[1]);
            for (int i = 0; kw is not null && i < kw.Length; i++)
                d.Set(kw[i], args[positional + i]);
            return PyNone.Instance;
        });
        Method(dict, "copy", (args, kw) =>
        {
            var copy = new PyDict();
            foreach (var (k, v) in ((PyDict)args[0]).Items())
                copy.Set(k, v);
            return copy;
        });
        Method(dict, "clear", (args, kw) =>
        {
            var d = (PyDict)args[0];
            foreach (var (k, _) in d.Items().ToList())
                d.Remove(k);
            return PyNone.Instance;
        });
    }

    private static bool Affix(string s, PyObject affix, bool prefix)
    {
        if (affix is PyTuple t)
            return t.Items.Any(p => Affix(s, p, prefix));
        return prefix ? s.StartsWith(S(affix), StringComparison.Ordinal) : s.EndsWith(S(affix), StringComparison.Ordinal);
    }

    private static int IndexOf(List<PyObject> items, PyObject x)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], x) || Ops.Equal(items[i], x))
                return i;
        }
        return -1;
    }

    /// <summary>str.splitlines: at \n, \r, \r\n and the other Unicode line boundaries.</summary>
    private static PyList SplitLines(string s, bool keepEnds)
    {
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
            lines.Add(new PyStr(s[start..]));
        return new PyList(lines);
    }

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

    /// <summary>str.find / rfind with optional start and end: the index of the first (last) match or -1.</summary>
    private static int Find(ReadOnlySpan<PyObject> args, bool fromEnd)
    {
        string s = S(args[0]);
        string sub = args[1] is PyStr p ? p.Value : throw Errors.Type($"must be str, not {args[1].Type.Name}");
        var (start, end) = Utf16Bounds(args);
        if (end - start < sub.Length)
            return -1;
        int at = fromEnd
            ? s.AsSpan(start, end - start).LastIndexOf(sub, StringComparison.Ordinal)
            : s.AsSpan(start, end - start).IndexOf(sub, StringComparison.Ordinal);
        return at < 0 ? -1 : ((PyStr)args[0]).IsBmp ? at + start : CodePoints.Index(s, at + start);
    }

    /// <summary><see cref="Bounds"/> of a str method, as UTF-16 offsets into the receiver.</summary>
    private static (int Start, int End) Utf16Bounds(ReadOnlySpan<PyObject> args)
    {
        var self = (PyStr)args[0];
        var (start, end) = Bounds(args, self.Length);
        if (self.IsBmp)
            return (start, end);
        // A start past the end stays past it.
        return (start > self.Length ? self.Value.Length + 1 : CodePoints.Offset(self.Value, start), CodePoints.Offset(self.Value, end));
    }

    /// <summary>str.rsplit: split from the right, at most <paramref name="maxsplit"/> times.</summary>
    private static PyList RSplit(string s, string? sep, int maxsplit)
    {
        if (maxsplit < 0)
            return Split(s, sep, -1);
        if (sep is { Length: 0 })
            throw Errors.Value("empty separator");
        var parts = new List<PyObject>();
        int end = s.Length;
        if (sep is null)
        {
            int pos = s.Length;
            for (int n = 0; n < maxsplit; n++)
            {
                while (pos > 0 && StrUnicodeMethods.IsSpace(s[pos - 1]))
                    pos--;
                if (pos == 0)
                    break;
                int stop = pos;
                while (pos > 0 && !StrUnicodeMethods.IsSpace(s[pos - 1]))
                    pos--;
                parts.Add(new PyStr(s[pos..stop]));
            }
            while (pos > 0 && StrUnicodeMethods.IsSpace(s[pos - 1]))
                pos--;
            if (pos > 0)
                parts.Add(new PyStr(s[..pos]));
        }
        else
        {
            for (int n = 0; n < maxsplit; n++)
            {
                int at = end >= sep.Length ? s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal) : -1;
                if (at < 0)
                    break;
                parts.Add(new PyStr(s[(at + sep.Length)..end]));
                end = at;
            }
            parts.Add(new PyStr(s[..end]));
        }
        parts.Reverse();
        return new PyList(parts);
    }

    private static PyList Split(string s, string? sep, int maxsplit)
    {
        var parts = new List<PyObject>();
        if (sep is null)
        {
            var words = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (maxsplit < 0 || words.Length <= maxsplit)
            {
                foreach (var w in words)
                    parts.Add(new PyStr(w));
                return new PyList(parts);
            }
            int pos = 0;
            for (int n = 0; n < maxsplit; n++)
            {
                while (pos < s.Length && StrUnicodeMethods.IsSpace(s[pos]))
                    pos++;
                int start = pos;
                while (pos < s.Length && !StrUnicodeMethods.IsSpace(s[pos]))
                    pos++;
                parts.Add(new PyStr(s[start..pos]));
            }
            while (pos < s.Length && StrUnicodeMethods.IsSpace(s[pos]))
                pos++;
            if (pos < s.Length)
                parts.Add(new PyStr(s[pos..]));
            return new PyList(parts);
        }
        if (sep.Length == 0)
            throw Errors.Value("empty separator");
        foreach (var p in s.Split(sep, maxsplit < 0 ? int.MaxValue : maxsplit + 1))
            parts.Add(new PyStr(p));
        return new PyList(parts);
    }

    private static string Replace(string s, string old, string @new, int count)
    {
        if (count < 0)
            return old.Length == 0 ? string.Join(@new, s.Select(c => c.ToString()).Prepend("").Append("")) : s.Replace(old, @new, StringComparison.Ordinal);
        var sb = new StringBuilder();
        int pos = 0;
        for (int n = 0; n < count; n++)
        {
            int i = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (i < 0)
                break;
            sb.Append(s, pos, i - pos).Append(@new);
            pos = i + old.Length;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    private static int Count(string s, string sub)
    {
        if (sub.Length == 0)
            return s.Length + 1;
        int n = 0;
        for (int i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal))
            n++;
        return n;
    }

    /// <summary>center/ljust/rjust/zfill: widths count code points; the fill is one code point.</summary>
    private static PyObject Pad(ReadOnlySpan<PyObject> args, PyObject[]? kw, string name)
    {
        if (kw is { Length: > 0 })
            throw Errors.Type($"str.{name}() takes no keyword arguments");
        int max = name == "zfill" ? 1 : 2;
        if (args.Length - 1 < 1 || args.Length - 1 > max)
        {
            throw Errors.Type(max == 1 ? $"str.zfill() takes exactly one argument ({args.Length - 1} given)"
                : args.Length - 1 < 1 ? $"{name} expected at least 1 argument, got 0" : $"{name} expected at most 2 arguments, got {args.Length - 1}");
        }
        var self = (PyStr)args[0];
        var widthArg = args[1] is PyFloat ? throw Errors.Type("integer argument expected, got float") : Ops.Index(args[1]);
        if (widthArg.IsBig)
            throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
        string fill = " ";
        if (args.Length > 2)
        {
            fill = args[2] is PyStr f ? f.Value : throw Errors.Type($"{name}() argument 2 must be str, not {args[2].Type.Name}");
            if (new PyStr(fill).Length != 1)
                throw Errors.Type("The fill character must be exactly one character long");
        }
        long width = widthArg.Value;
        string s = self.Value;
        if (width <= self.Length)
            return self.Type == PyStr.TypeObject ? self : new PyStr(s);
        int margin = (int)Math.Min(width - self.Length, Array.MaxLength);
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

    /// <summary>str.format with positional and keyword fields and the format specs Ops.Format knows.</summary>
    private static string StrFormat(string format, PyObject[] positional, PyObject[]? kwNames, ReadOnlySpan<PyObject> all)
    {
        var sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                sb.Append('{');
                i++;
                continue;
            }
            if (c == '}' && i + 1 < format.Length && format[i + 1] == '}')
            {
                sb.Append('}');
                i++;
                continue;
            }
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }
            int close = format.IndexOf('}', i);
            if (close < 0)
                throw Errors.Value("Single '{' encountered in format string");
            string field = format.Substring(i + 1, close - i - 1);
            i = close;
            string spec = "";
            int colon = field.IndexOf(':');
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }
            char conversion = '\0';
            int bang = field.IndexOf('!');
            if (bang >= 0)
            {
                conversion = field[bang + 1];
                field = field[..bang];
            }
            PyObject value;
            if (field.Length == 0)
                value = positional[auto++];
            else if (int.TryParse(field, out int index))
                value = positional[index];
            else
            {
                int k = Array.FindIndex(kwNames ?? Array.Empty<PyObject>(), n => ((PyStr)n).Value == field);
                if (k < 0)
                    throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new PyObject[] { new PyStr(field) })));
                value = all[all.Length - kwNames!.Length + k];
            }
            if (conversion == 'r')
                value = new PyStr(Ops.Repr(value));
            else if (conversion == 's')
                value = new PyStr(Ops.Str(value));
            sb.Append(Ops.Format(value, spec));
        }
        return sb.ToString();
    }
}

/// <summary>dict.keys(), .values() and .items(): live views of a dict.</summary>
public sealed class PyDictView : PyObject
{
    public enum Kind
    {
        Keys,
        Values,
        Items,
    }

    private static readonly PyType[] s_types = { PyType.Builtin("dict_keys"), PyType.Builtin("dict_values"), PyType.Builtin("dict_items") };

    public PyDictView(PyDict dict, Kind kind)
        : base(s_types[(int)kind])
    {
        Dict = dict;
        ViewKind = kind;
    }

    public PyDict Dict { get; }
    public Kind ViewKind { get; }

    public IEnumerable<PyObject> Elements() => Dict.Items().Select(kv => ViewKind switch
    {
        Kind.Keys => kv.Key,
        Kind.Values => kv.Value,
        _ => (PyObject)new PyTuple(new[] { kv.Key, kv.Value }),
    });

    public override string ToString() => Type.Name + "([" + string.Join(", ", Elements().Select(Ops.Repr)) + "])";
}
