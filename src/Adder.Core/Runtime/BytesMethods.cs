using System.Text;

namespace Adder.Runtime;

/// <summary>
/// The methods bytes and bytearray share (Objects/bytes_methods.c): ASCII-only case rules, arguments that
/// take any bytes-like object, results of the receiver's own kind (bytearray methods return bytearrays).
/// </summary>
internal static class BytesMethods
{
    public static void Register(PyType type)
    {
        Method(type, "decode", new[] { "encoding", "errors" }, 0, 0, (self, a) =>
            new PyStr(Codecs.Decode(Data(self), a[0] is null ? "utf-8" : TextArg("decode", "argument 'encoding'", a[0]!), a[1] is null ? "strict" : TextArg("decode", "argument 'errors'", a[1]!))));
        Method(type, "hex", new[] { "sep", "bytes_per_sep" }, 0, 0, (self, a) => new PyStr(Hex(Data(self), a[0], a[1])));
        Method(type, "count", s_findNames, 1, 3, (self, a) =>
        {
            Search(self, a, out var data, out var sub, out int start, out int end);
            if (start > end)
                return PyInt.From(0);
            if (sub.Length == 0)
                return PyInt.From(end - start + 1);
            int n = 0;
            for (var rest = data[start..end]; rest.IndexOf(sub) is var i and >= 0; rest = rest[(i + sub.Length)..])
                n++;
            return PyInt.From(n);
        });
        Method(type, "find", s_findNames, 1, 3, (self, a) => PyInt.From(Find(self, a, fromEnd: false)));
        Method(type, "rfind", s_findNames, 1, 3, (self, a) => PyInt.From(Find(self, a, fromEnd: true)));
        Method(type, "index", s_findNames, 1, 3, (self, a) =>
            Find(self, a, fromEnd: false) is var i and >= 0 ? PyInt.From(i) : throw Errors.Value("subsection not found"));
        Method(type, "rindex", s_findNames, 1, 3, (self, a) =>
            Find(self, a, fromEnd: true) is var i and >= 0 ? PyInt.From(i) : throw Errors.Value("subsection not found"));
        Method(type, "startswith", s_findNames, 1, 3, (self, a) => PyBool.From(Affix(self, a, "startswith", atEnd: false)));
        Method(type, "endswith", s_findNames, 1, 3, (self, a) => PyBool.From(Affix(self, a, "endswith", atEnd: true)));
        Method(type, "removeprefix", new[] { "prefix" }, 1, 1, (self, a) =>
            Data(self).StartsWith(Buffer(a[0]!)) ? Make(self, Data(self)[Buffer(a[0]!).Length..]) : Make(self, Data(self)));
        Method(type, "removesuffix", new[] { "suffix" }, 1, 1, (self, a) =>
            Data(self).EndsWith(Buffer(a[0]!)) ? Make(self, Data(self)[..^Buffer(a[0]!).Length]) : Make(self, Data(self)));
        Method(type, "split", new[] { "sep", "maxsplit" }, 0, 0, (self, a) => Split(self, a, fromEnd: false));
        Method(type, "rsplit", new[] { "sep", "maxsplit" }, 0, 0, (self, a) => Split(self, a, fromEnd: true));
        Method(type, "strip", new[] { "bytes" }, 0, 1, (self, a) => Strip(self, a[0], left: true, right: true));
        Method(type, "lstrip", new[] { "bytes" }, 0, 1, (self, a) => Strip(self, a[0], left: true, right: false));
        Method(type, "rstrip", new[] { "bytes" }, 0, 1, (self, a) => Strip(self, a[0], left: false, right: true));
        Method(type, "partition", new[] { "sep" }, 1, 1, (self, a) => Partition(self, a[0]!, fromEnd: false));
        Method(type, "rpartition", new[] { "sep" }, 1, 1, (self, a) => Partition(self, a[0]!, fromEnd: true));
        Method(type, "replace", new[] { "old", "new", "count" }, 2, 3, (self, a) =>
            Make(self, Replace(Data(self), Buffer(a[0]!), Buffer(a[1]!), a[2] is null ? -1 : Ops.Index(a[2]!).IsBig ? int.MaxValue : (int)Math.Clamp(Ops.Index(a[2]!).Value, -1, int.MaxValue))));
        Method(type, "join", new[] { "iterable_of_bytes" }, 1, 1, (self, a) => Join(self, a[0]!));
        Method(type, "center", new[] { "width", "fillchar" }, 1, 2, (self, a) => Pad(self, a, "center"));
        Method(type, "ljust", new[] { "width", "fillchar" }, 1, 2, (self, a) => Pad(self, a, "ljust"));
        Method(type, "rjust", new[] { "width", "fillchar" }, 1, 2, (self, a) => Pad(self, a, "rjust"));
        Method(type, "zfill", new[] { "width" }, 1, 1, (self, a) => ZFill(self, a[0]!));
        Method(type, "expandtabs", new[] { "tabsize" }, 0, 0, (self, a) => ExpandTabs(self, a[0]));
        Method(type, "splitlines", new[] { "keepends" }, 0, 0, (self, a) => SplitLines(self, a[0] is { } k && ArgParser.CInt(k) != 0));
        Method(type, "translate", new[] { "table", "delete" }, 1, 1, (self, a) => Translate(self, a[0]!, a[1]));
        Method(type, "lower", Array.Empty<string>(), 0, 0, (self, a) => MapBytes(self, b => IsUpper(b) ? (byte)(b + 32) : b));
        Method(type, "upper", Array.Empty<string>(), 0, 0, (self, a) => MapBytes(self, b => IsLower(b) ? (byte)(b - 32) : b));
        Method(type, "swapcase", Array.Empty<string>(), 0, 0, (self, a) =>
            MapBytes(self, b => IsUpper(b) ? (byte)(b + 32) : IsLower(b) ? (byte)(b - 32) : b));
        Method(type, "capitalize", Array.Empty<string>(), 0, 0, (self, a) =>
        {
            var result = Data(self).ToArray();
            for (int i = 0; i < result.Length; i++)
                result[i] = i == 0 ? (IsLower(result[i]) ? (byte)(result[i] - 32) : result[i]) : IsUpper(result[i]) ? (byte)(result[i] + 32) : result[i];
            return Make(self, result);
        });
        Method(type, "title", Array.Empty<string>(), 0, 0, (self, a) =>
        {
            var result = Data(self).ToArray();
            bool previousCased = false;
            for (int i = 0; i < result.Length; i++)
            {
                byte b = result[i];
                if (previousCased && IsUpper(b))
                    result[i] = (byte)(b + 32);
                else if (!previousCased && IsLower(b))
                    result[i] = (byte)(b - 32);
                previousCased = IsUpper(b) || IsLower(b);
            }
            return Make(self, result);
        });
        Predicate(type, "isascii", b => b < 0x80, emptyResult: true);
        Predicate(type, "isalnum", b => IsUpper(b) || IsLower(b) || IsDigit(b), emptyResult: false);
        Predicate(type, "isalpha", b => IsUpper(b) || IsLower(b), emptyResult: false);
        Predicate(type, "isdigit", IsDigit, emptyResult: false);
        Predicate(type, "isspace", IsSpace, emptyResult: false);
        Method(type, "islower", Array.Empty<string>(), 0, 0, (self, a) =>
            PyBool.From(Data(self).IndexOfAnyInRange((byte)'a', (byte)'z') >= 0 && Data(self).IndexOfAnyInRange((byte)'A', (byte)'Z') < 0));
        Method(type, "isupper", Array.Empty<string>(), 0, 0, (self, a) =>
            PyBool.From(Data(self).IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0 && Data(self).IndexOfAnyInRange((byte)'a', (byte)'z') < 0));
        Method(type, "istitle", Array.Empty<string>(), 0, 0, (self, a) =>
        {
            bool cased = false, previousCased = false;
            foreach (byte b in Data(self))
            {
                if (IsUpper(b))
                {
                    if (previousCased)
                        return PyBool.False;
                    previousCased = cased = true;
                }
                else if (IsLower(b))
                {
                    if (!previousCased)
                        return PyBool.False;
                    previousCased = cased = true;
                }
                else
                {
                    previousCased = false;
                }
            }
            return PyBool.From(cased);
        });
        var owner = type;
        type.SetAttribute("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type($"{owner.Name}.fromhex() takes no keyword arguments");
            if (args.Length != 2)
                throw Errors.Type($"{owner.Name}.fromhex() takes exactly one argument ({args.Length - 1} given)");
            var text = args[1] as PyStr ?? throw Errors.Type($"fromhex() argument must be str, not {Errors.TypeNameOrNone(args[1])}");
            PyObject made = owner == PyByteArray.TypeObject ? new PyByteArray(FromHex(text.Value)) : new PyBytes(FromHex(text.Value));
            var cls = (PyType)args[0];
            return ReferenceEquals(cls, owner) ? made : Ops.Call(cls, new[] { made });
        })));
        type.SetAttribute("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Errors.Type($"{owner.Name}.maketrans() takes no keyword arguments");
            if (args.Length != 2)
                throw Errors.Type($"maketrans expected 2 arguments, got {args.Length}");
            var from = Buffer(args[0]);
            var to = Buffer(args[1]);
            if (from.Length != to.Length)
                throw Errors.Value("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++)
                table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++)
                table[from[i]] = to[i];
            return new PyBytes(table);
        })));
    }

    private static readonly string[] s_findNames = { "sub", "start", "end" };

    /// <summary>Registers a method whose arguments bind like Argument Clinic's: the first
    /// <paramref name="positionalOnly"/> parameters only by position, the first <paramref name="required"/> needed.</summary>
    private static void Method(PyType type, string name, string[] names, int required, int positionalOnly, Func<PyObject, PyObject?[], PyObject> body)
    {
        // find and friends are METH_VARARGS; other methods without keywords are Argument Clinic's (METH_FASTCALL).
        var shape = names.Length == 0 ? CallShape.NoArgs
            : positionalOnly < names.Length ? CallShape.Any
            : ReferenceEquals(names, s_findNames) ? CallShape.VarArgs
            : names.Length == 1 && required == 1 ? CallShape.OneArg : CallShape.FastCall;
        type.Method(name, (args, kw) =>
        {
            var values = new PyObject?[names.Length];
            int given = args.Length - 1 - (kw?.Length ?? 0);
            if (ReferenceEquals(names, s_findNames) && (given < required || given > names.Length))
            {
                // find and friends parse their arguments the old way (PyArg_ParseTuple).
                throw Errors.Type(given < required
                    ? $"{name}() takes at least {required} argument ({given} given)"
                    : $"{name}() takes at most {names.Length} arguments ({given} given)");
            }
            if (positionalOnly == names.Length && (given < required || given > names.Length))
            {
                // _PyArg_CheckPositional
                int bound = given < required ? required : names.Length;
                string kind = required == names.Length ? "" : given < required ? "at least " : "at most ";
                throw Errors.Type($"{name} expected {kind}{bound} argument{(bound == 1 ? "" : "s")}, got {given}");
            }
            ArgParser.Bind(name, args[1..], kw, names, values, required, positionalOnly);
            return body(args[0], values);
        }, shape);
    }

    private static void Predicate(PyType type, string name, Func<byte, bool> test, bool emptyResult) =>
        Method(type, name, Array.Empty<string>(), 0, 0, (self, a) =>
        {
            var data = Data(self);
            if (data.Length == 0)
                return PyBool.From(emptyResult);
            foreach (byte b in data)
            {
                if (!test(b))
                    return PyBool.False;
            }
            return PyBool.True;
        });

    // ---- Arguments ----

    public static ReadOnlySpan<byte> Data(PyObject self) => self is PyBytes b ? b.Value : ((PyByteArray)self).Span;

    /// <summary>A result of the receiver's kind.</summary>
    private static PyObject Make(PyObject self, ReadOnlySpan<byte> data) =>
        self is PyByteArray ? new PyByteArray(data.ToArray()) : new PyBytes(data.ToArray());

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview).</summary>
    public static bool TryGetBuffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        switch (o)
        {
            case PyBytes b:
                data = b.Value;
                return true;
            case PyByteArray a:
                data = a.Span;
                return true;
            case PyMemoryView m:
                data = m.Data;
                return true;
            default:
                data = default;
                return false;
        }
    }

    public static ReadOnlySpan<byte> Buffer(PyObject o) =>
        TryGetBuffer(o, out var data) ? data : throw Errors.Type($"a bytes-like object is required, not '{o.Type.Name}'");

    private static string TextArg(string function, string parameter, PyObject o) =>
        o is PyStr s ? s.Value : throw Errors.BadArgument(function, parameter, "str", o);

    /// <summary>An int in range(0, 256) (bytearray's items).</summary>
    public static byte ByteValue(PyObject o)
    {
        var i = Ops.Index(o);
        return !i.IsBig && i.Value is >= 0 and <= 255 ? (byte)i.Value : throw Errors.Value("byte must be in range(0, 256)");
    }

    /// <summary>The argument of find/count/index: a bytes-like object or an int naming one byte.</summary>
    private static ReadOnlySpan<byte> SubArg(PyObject o)
    {
        if (TryGetBuffer(o, out var data))
            return data;
        if (o is PyInt || (o.Type.IsHeapType && o.Type.LookupOverride("__index__") is not null))
            return new[] { ByteValue(o) };
        throw Errors.Type($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    /// <summary>The receiver, the pattern and the bounds of count/find/index.</summary>
    private static void Search(PyObject self, PyObject?[] a, out ReadOnlySpan<byte> data, out ReadOnlySpan<byte> sub, out int start, out int end)
    {
        data = Data(self);
        (start, end) = StrMethods.Bounds(a[1], a[2], data.Length); // parsed before the subsection is checked
        sub = SubArg(a[0]!);
    }

    private static int Find(PyObject self, PyObject?[] a, bool fromEnd)
    {
        Search(self, a, out var data, out var sub, out int start, out int end);
        if (end - start < sub.Length)
            return -1;
        int at = fromEnd ? data[start..end].LastIndexOf(sub) : data[start..end].IndexOf(sub);
        return at < 0 ? -1 : at + start;
    }

    private static bool Affix(PyObject self, PyObject?[] a, string name, bool atEnd)
    {
        var data = Data(self);
        var (start, end) = StrMethods.Bounds(a[1], a[2], data.Length);
        if (a[0] is PyTuple options)
        {
            foreach (var option in options.Items)
            {
                if (Matches(data, start, end, Buffer(option), atEnd))
                    return true;
            }
            return false;
        }
        return Matches(data, start, end, AffixArg(a[0]!, name), atEnd);

        static ReadOnlySpan<byte> AffixArg(PyObject o, string name) => TryGetBuffer(o, out var d) ? d
            : throw Errors.Type($"{name} first arg must be bytes or a tuple of bytes, not {o.Type.Name}");

        static bool Matches(ReadOnlySpan<byte> data, int start, int end, ReadOnlySpan<byte> affix, bool atEnd) =>
            start <= end && end - start >= affix.Length && (atEnd ? data[start..end].EndsWith(affix) : data[start..end].StartsWith(affix));
    }

    // ---- Character classes (Python's ASCII-only Py_ISxxx) ----

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    private static PyObject MapBytes(PyObject self, Func<byte, byte> map)
    {
        var result = Data(self).ToArray();
        for (int i = 0; i < result.Length; i++)
            result[i] = map(result[i]);
        return Make(self, result);
    }

    // ---- Splitting and joining ----

    private static PyObject Split(PyObject self, PyObject?[] a, bool fromEnd)
    {
        var data = Data(self);
        int maxsplit = a[1] is null ? -1 : Ops.Index(a[1]!) is var m && m.IsBig ? (m.AsBig.Sign < 0 ? -1 : int.MaxValue) : (int)Math.Clamp(m.Value, -1, int.MaxValue);
        if (maxsplit < 0)
            maxsplit = int.MaxValue;
        var parts = new List<PyObject>();
        if (a[0] is null or PyNone)
        {
            // Runs of whitespace separate; whitespace at the ends makes no empty parts.
            if (!fromEnd)
            {
                int i = 0;
                while (true)
                {
                    while (i < data.Length && IsSpace(data[i]))
                        i++;
                    if (i == data.Length)
                        break;
                    if (parts.Count == maxsplit)
                    {
                        parts.Add(Make(self, data[i..]));
                        break;
                    }
                    int j = i;
                    while (j < data.Length && !IsSpace(data[j]))
                        j++;
                    parts.Add(Make(self, data[i..j]));
                    i = j;
                }
            }
            else
            {
                int i = data.Length;
                while (true)
                {
                    while (i > 0 && IsSpace(data[i - 1]))
                        i--;
                    if (i == 0)
                        break;
                    if (parts.Count == maxsplit)
                    {
                        parts.Add(Make(self, data[..i]));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !IsSpace(data[j - 1]))
                        j--;
                    parts.Add(Make(self, data[j..i]));
                    i = j;
                }
                parts.Reverse();
            }
            return new PyList(parts);
        }
        var sep = Buffer(a[0]!);
        if (sep.Length == 0)
            throw Errors.Value("empty separator");
        if (!fromEnd)
        {
            int start = 0;
            while (parts.Count < maxsplit && data[start..].IndexOf(sep) is var at and >= 0)
            {
                parts.Add(Make(self, data.Slice(start, at)));
                start += at + sep.Length;
            }
            parts.Add(Make(self, data[start..]));
        }
        else
        {
            int end = data.Length;
            while (parts.Count < maxsplit && data[..end].LastIndexOf(sep) is var at and >= 0)
            {
                parts.Add(Make(self, data[(at + sep.Length)..end]));
                end = at;
            }
            parts.Add(Make(self, data[..end]));
            parts.Reverse();
        }
        return new PyList(parts);
    }

    private static PyObject Strip(PyObject self, PyObject? chars, bool left, bool right)
    {
        var data = Data(self);
        var set = chars is null or PyNone ? " \t\n\r\v\f"u8 : Buffer(chars);
        int start = 0, end = data.Length;
        while (left && start < end && set.Contains(data[start]))
            start++;
        while (right && end > start && set.Contains(data[end - 1]))
            end--;
        return self is PyBytes b && start == 0 && end == data.Length && b.Type == PyBytes.TypeObject ? b : Make(self, data[start..end]);
    }

    private static PyObject Partition(PyObject self, PyObject sepArg, bool fromEnd)
    {
        var data = Data(self);
        var sep = Buffer(sepArg);
        if (sep.Length == 0)
            throw Errors.Value("empty separator");
        int at = fromEnd ? data.LastIndexOf(sep) : data.IndexOf(sep);
        // bytes hands back its own objects where it can (itself, the separator argument); bytearray copies.
        bool bytes = self.Type == PyBytes.TypeObject;
        if (at < 0)
        {
            var whole = bytes ? self : Make(self, data);
            return fromEnd
                ? new PyTuple(new[] { Make(self, default), Make(self, default), whole })
                : new PyTuple(new[] { whole, Make(self, default), Make(self, default) });
        }
        return new PyTuple(new[] { Make(self, data[..at]), bytes ? sepArg : Make(self, sep), Make(self, data[(at + sep.Length)..]) });
    }

    private static byte[] Replace(ReadOnlySpan<byte> data, ReadOnlySpan<byte> old, ReadOnlySpan<byte> replacement, int count)
    {
        if (count < 0)
            count = int.MaxValue;
        var result = new List<byte>(data.Length);
        if (old.Length == 0)
        {
            // An empty pattern matches before every byte and at the end.
            int done = 0;
            for (int i = 0; i <= data.Length; i++)
            {
                if (done < count)
                {
                    result.AddRange(replacement);
                    done++;
                }
                if (i < data.Length)
                    result.Add(data[i]);
            }
            return result.ToArray();
        }
        int start = 0;
        for (int n = 0; n < count && data[start..].IndexOf(old) is var at and >= 0; n++)
        {
            result.AddRange(data.Slice(start, at));
            result.AddRange(replacement);
            start += at + old.Length;
        }
        result.AddRange(data[start..]);
        return result.ToArray();
    }

    private static PyObject Join(PyObject self, PyObject iterable)
    {
        var sep = Data(self).ToArray();
        PyIterator it;
        try
        {
            it = Ops.GetIter(iterable);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            throw Errors.Type("can only join an iterable");
        }
        var parts = new List<PyObject>();
        for (var x = it.Next(); x is not null; x = it.Next())
            parts.Add(x);
        var result = new List<byte>();
        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0)
                result.AddRange(sep);
            result.AddRange(TryGetBuffer(parts[i], out var d) ? d
                : throw Errors.Type($"sequence item {i}: expected a bytes-like object, {parts[i].Type.Name} found"));
        }
        return Make(self, result.ToArray());
    }

    private static PyObject SplitLines(PyObject self, bool keepEnds)
    {
        var data = Data(self);
        var lines = new List<PyObject>();
        int start = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] is not ((byte)'\n' or (byte)'\r'))
                continue;
            int end = i;
            if (data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n')
                i++;
            lines.Add(Make(self, data[start..(keepEnds ? i + 1 : end)]));
            start = i + 1;
        }
        if (start < data.Length)
            lines.Add(Make(self, data[start..]));
        return new PyList(lines);
    }

    // ---- Padding ----

    private static PyObject Pad(PyObject self, PyObject?[] a, string name)
    {
        var data = Data(self);
        long width = Ops.Index(a[0]!) is var w && w.IsBig ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t") : w.Value;
        byte fill = (byte)' ';
        if (a[1] is { } f)
        {
            fill = TryGetBuffer(f, out var fd) && f is PyBytes or PyByteArray && fd.Length == 1 ? fd[0]
                : throw Errors.Type($"{name}() argument 2 must be a byte string of length 1, not {f.Type.Name}");
        }
        if (width <= data.Length)
            return Make(self, data);
        int margin = (int)width - data.Length;
        int left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => margin / 2 + (margin & (int)width & 1),
        };
        var result = new byte[width];
        result.AsSpan().Fill(fill);
        data.CopyTo(result.AsSpan(left));
        return Make(self, result);
    }

    private static PyObject ZFill(PyObject self, PyObject widthArg)
    {
        var data = Data(self);
        long width = Ops.Index(widthArg) is var w && w.IsBig ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t") : w.Value;
        if (width <= data.Length)
            return Make(self, data);
        var result = new byte[width];
        int fill = (int)width - data.Length;
        result.AsSpan(0, fill).Fill((byte)'0');
        data.CopyTo(result.AsSpan(fill));
        if (data.Length > 0 && data[0] is (byte)'+' or (byte)'-')
        {
            result[0] = data[0];
            result[fill] = (byte)'0';
        }
        return Make(self, result);
    }

    private static PyObject ExpandTabs(PyObject self, PyObject? tabsizeArg)
    {
        long tabsize = tabsizeArg is null ? 8 : Ops.Index(tabsizeArg).Value;
        var result = new List<byte>();
        long column = 0;
        foreach (byte b in Data(self))
        {
            if (b == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - column % tabsize;
                    for (long k = 0; k < spaces; k++)
                        result.Add((byte)' ');
                    column += spaces;
                }
            }
            else
            {
                result.Add(b);
                column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
            }
        }
        return Make(self, result.ToArray());
    }

    private static PyObject Translate(PyObject self, PyObject tableArg, PyObject? deleteArg)
    {
        var data = Data(self);
        ReadOnlySpan<byte> table = default;
        bool mapped = tableArg is not PyNone;
        if (mapped)
        {
            table = Buffer(tableArg);
            if (table.Length != 256)
                throw Errors.Value("translation table must be 256 characters long");
        }
        var delete = deleteArg is null ? default : Buffer(deleteArg);
        var result = new List<byte>(data.Length);
        foreach (byte b in data)
        {
            if (!delete.Contains(b))
                result.Add(mapped ? table[b] : b);
        }
        return Make(self, result.ToArray());
    }

    // ---- Hex ----

    internal static string Hex(ReadOnlySpan<byte> data, PyObject? sepArg, PyObject? perSepArg)
    {
        string hex = Convert.ToHexString(data).ToLowerInvariant();
        long perSep = perSepArg is null ? 1 : ArgParser.CInt(perSepArg); // Argument Clinic converts it before sep is looked at
        if (sepArg is null)
            return hex;
        // _Py_strhex_impl's order: the length, then the type, then ASCII.
        if (Ops.Length(sepArg) != 1)
            throw Errors.Value("sep must be length 1.");
        char sep = sepArg switch
        {
            PyStr s => s.Value[0],
            PyBytes b => (char)b.Value[0],
            _ => throw Errors.Type("sep must be str or bytes."),
        };
        if (sep > 0x7f)
            throw Errors.Value("sep must be ASCII.");
        if (perSep == 0 || data.Length == 0)
            return hex;
        int group = (int)Math.Min(Math.Abs(perSep), int.MaxValue);
        var sb = new StringBuilder();
        for (int i = 0; i < data.Length; i++)
        {
            // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
            bool boundary = i > 0 && (perSep > 0 ? (data.Length - i) % group == 0 : i % group == 0);
            if (boundary)
                sb.Append(sep);
            sb.Append(hex, 2 * i, 2);
        }
        return sb.ToString();
    }

    private static byte[] FromHex(string text)
    {
        var result = new List<byte>(text.Length / 2);
        int i = 0;
        while (true)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
                i++;
            if (i >= text.Length)
                break;
            int high = HexDigit(text[i]);
            if (high < 0 || i + 1 >= text.Length || HexDigit(text[i + 1]) < 0)
                throw Errors.Value($"non-hexadecimal number found in fromhex() arg at position {(high < 0 ? i : i + 1)}");
            result.Add((byte)(high * 16 + HexDigit(text[i + 1])));
            i += 2;
        }
        return result.ToArray();

        static int HexDigit(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }

    // ---- Construction ----

    /// <summary>The contents of bytes(source, encoding, errors) or bytearray(...).</summary>
    public static byte[] FromSource(PyObject? source, PyObject? encoding, PyObject? errors, string typeName)
    {
        // Argument Clinic checks the types of encoding and errors before anything else.
        string? encodingName = encoding is null ? null : TextArg(typeName, "argument 'encoding'", encoding);
        string errorsName = errors is null ? "strict" : TextArg(typeName, "argument 'errors'", errors);
        if (source is null)
        {
            if (encoding is not null || errors is not null)
                throw Errors.Type(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return Array.Empty<byte>();
        }
        if (source is PyStr text)
        {
            if (encodingName is null)
                throw Errors.Type("string argument without an encoding");
            return Codecs.Encode(text.Value, encodingName, errorsName);
        }
        if (encoding is not null || errors is not null)
            throw Errors.Type(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        if (TryGetBuffer(source, out var data))
            return data.ToArray();
        if (source is PyInt || (source.Type.IsHeapType && source.Type.LookupOverride("__index__") is not null))
        {
            var n = Ops.Index(source);
            if (n.IsBig)
                throw Errors.Raise(ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer");
            if (n.Value < 0)
                throw Errors.Value("negative count");
            if (n.Value > Array.MaxLength)
                throw Errors.Memory();
            return new byte[n.Value];
        }
        if (source.Type.LookupOverride("__iter__") is null && source.Type.LookupOverride("__getitem__") is null
            && source is not (PyList or PyTuple or PyDict or PySet or PyRange or PyIterator or PyDictView))
            throw Errors.Type($"cannot convert '{source.Type.Name}' object to {typeName}");
        return FromIterable(source, typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    }

    /// <summary>Bytes from an iterable of ints.</summary>
    public static byte[] FromIterable(PyObject source, string rangeMessage, bool extend = false)
    {
        PyIterator it;
        try
        {
            it = Ops.GetIter(source);
        }
        catch (PyException e) when (extend && e.Value.Type == ExceptionTypes.TypeError)
        {
            throw Errors.Type($"can't extend bytearray with {source.Type.Name}");
        }
        var result = new List<byte>();
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            var i = Ops.Index(x);
            result.Add(!i.IsBig && i.Value is >= 0 and <= 255 ? (byte)i.Value : throw Errors.Value(rangeMessage));
        }
        return result.ToArray();
    }

    // ---- Operators ----

    public static PyObject Concat(PyObject a, PyObject b)
    {
        var left = Data(a);
        var right = TryGetBuffer(b, out var d) ? d : throw Errors.Type($"can't concat {b.Type.Name} to {a.Type.Name}");
        var result = new byte[left.Length + right.Length];
        left.CopyTo(result);
        right.CopyTo(result.AsSpan(left.Length));
        return a is PyByteArray ? new PyByteArray(result) : new PyBytes(result);
    }

    public static PyObject Repeat(PyObject a, PyInt times)
    {
        var data = Data(a);
        long n = times.IsBig ? throw Errors.Raise(ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer") : Math.Max(0, times.Value);
        if (n > 0 && data.Length > 0 && n > Array.MaxLength / data.Length)
            throw Errors.Memory();
        var result = new byte[data.Length * n];
        if (data.Length == 1)
            result.AsSpan().Fill(data[0]); // bytearray([1]) * n: one fill, not n one-byte copies
        else
            for (long i = 0; i < n; i++)
                data.CopyTo(result.AsSpan((int)(i * data.Length)));
        return a is PyByteArray ? new PyByteArray(result) : new PyBytes(result);
    }

    public static bool Contains(PyObject container, PyObject item) =>
        item is PyInt || (item.Type.IsHeapType && item.Type.LookupOverride("__index__") is not null)
            ? Data(container).IndexOf(ByteValue(item)) >= 0
            : Data(container).IndexOf(Buffer(item)) >= 0;
}
