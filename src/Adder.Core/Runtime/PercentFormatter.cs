using System.Numerics;
using System.Text;

namespace Adder.Runtime;

/// <summary>
/// printf-style formatting: <c>str % args</c> and <c>bytes % args</c> (Objects/unicodeobject.c:
/// PyUnicode_Format, Objects/bytesobject.c: _PyBytes_FormatEx), with CPython's messages.
/// </summary>
internal static class PercentFormatter
{
    public static string Format(string format, PyObject args) => Run(format, args, bytes: false);

    /// <summary>bytes % args: the format is ASCII-compatible bytes; each byte is one Latin-1 char here.</summary>
    public static byte[] FormatBytes(ReadOnlySpan<byte> format, PyObject args) =>
        Encoding.Latin1.GetBytes(Run(Encoding.Latin1.GetString(format), args, bytes: true));

    /// <summary>The arguments as CPython walks them: a tuple item by item, any other object once; a
    /// %(key) conversion replaces them by the looked-up value, itself usable once.</summary>
    private sealed class Arguments
    {
        private PyObject _args = PyNone.Instance;
        private int _length, _next;

        public Arguments(PyObject args, PyObject? mapping)
        {
            Mapping = mapping;
            Reset(args);
        }

        public PyObject? Mapping { get; }

        public void Reset(PyObject args)
        {
            _args = args;
            (_length, _next) = args is PyTuple t ? (t.Items.Length, 0) : (-1, -2);
        }

        public PyObject Next()
        {
            if (_next >= _length)
                throw Errors.Type("not enough arguments for format string");
            _next++;
            return _length < 0 ? _args : ((PyTuple)_args).Items[_next - 1];
        }

        public bool AllUsed => Mapping is not null || _next >= _length;
    }

    private static string Run(string format, PyObject args, bool bytes)
    {
        // A mapping (anything with __getitem__ but a tuple or a string, or for bytes formatting bytes and
        // bytearray) serves %(key)s and excuses unused arguments.
        bool isMapping = args is PyDict || (args is not (PyTuple or PyStr) && !(bytes && args is PyBytes or PyByteArray)
            && args.Type.Lookup("__getitem__") is not null);
        var arguments = new Arguments(args, isMapping ? args : null);
        var sb = new StringBuilder(format.Length + 16);
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= format.Length)
                throw Errors.Value("incomplete format");
            if (format[i] == '%')
            {
                sb.Append('%');
                i++;
                continue;
            }
            if (format[i] == '(')
            {
                if (arguments.Mapping is null)
                    throw Errors.Type("format requires a mapping");
                int depth = 1, keyStart = ++i;
                while (i < format.Length && depth > 0)
                {
                    if (format[i] == '(')
                        depth++;
                    else if (format[i] == ')')
                        depth--;
                    i++;
                }
                if (depth > 0)
                    throw Errors.Value("incomplete format key");
                string key = format[keyStart..(i - 1)];
                arguments.Reset(Ops.GetItem(arguments.Mapping, bytes ? new PyBytes(Encoding.Latin1.GetBytes(key)) : new PyStr(key)));
            }
            bool left = false, plus = false, space = false, alternate = false, zero = false;
            for (; i < format.Length; i++)
            {
                switch (format[i])
                {
                    case '-': left = true; continue;
                    case '+': plus = true; continue;
                    case ' ': space = true; continue;
                    case '#': alternate = true; continue;
                    case '0': zero = true; continue;
                }
                break;
            }
            int width = ReadNumber(format, ref i, arguments, out bool starWidth);
            if (starWidth && width < 0)
            {
                left = true;
                width = -width;
            }
            int precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Math.Max(0, ReadNumber(format, ref i, arguments, out _));
            }
            if (i < format.Length && format[i] is 'h' or 'l' or 'L')
                i++; // one length modifier is allowed and ignored
            if (i >= format.Length)
                throw Errors.Value("incomplete format");
            char type = format[i++];
            if (type == '%')
                throw Errors.Value($"unsupported format character '%' (0x25) at index {i - 1}");
            var value = arguments.Next();
            string body;
            string sign = "";
            bool numeric = false;
            switch (type)
            {
                case 's' when bytes:
                case 'b' when bytes:
                    body = Encoding.Latin1.GetString(BytesOf(value));
                    if (precision >= 0 && body.Length > precision)
                        body = body[..precision];
                    break;
                case 's':
                case 'r':
                case 'a':
                    body = type == 's' ? Ops.Str(value) : type == 'r' && !bytes ? Ops.Repr(value) : BuiltinFunctions.AsciiRepr(Ops.Repr(value));
                    if (precision >= 0 && body.Length > precision)
                        body = new PyStr(body).IsBmp ? body[..precision] : body[..CodePoints.Offset(body, precision)];
                    break;
                case 'c':
                    body = Char(value, bytes);
                    break;
                case 'd' or 'i' or 'u' when value is PyInt { IsBig: false } small:
                {
                    // A machine-word int: its digits without BigInteger.
                    numeric = true;
                    long v = small.Value;
                    sign = v < 0 ? "-" : plus ? "+" : space ? " " : "";
                    body = (v < 0 ? unchecked((ulong)-v) : (ulong)v).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (precision > body.Length)
                        body = new string('0', precision - body.Length) + body;
                    break;
                }
                case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                {
                    numeric = true;
                    var n = IntegerArgument(value, type);
                    if (n.Sign < 0)
                        sign = "-";
                    else if (plus)
                        sign = "+";
                    else if (space)
                        sign = " ";
                    body = Digits(BigInteger.Abs(n), type);
                    if (precision > body.Length)
                        body = new string('0', precision - body.Length) + body;
                    if (alternate && type is 'o' or 'x' or 'X')
                        sign += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                    break;
                }
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    numeric = true;
                    double d = bytes && value is not (PyFloat or PyInt) && !value.Type.IsHeapType
                        ? throw Errors.Type($"float argument required, not {value.Type.Name}")
                        : Modules.MathModule.ToDouble(value);
                    string spec = (plus ? "+" : space ? " " : "") + (alternate ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type;
                    body = FormatSpec.Format(new PyFloat(d), spec);
                    if (body.Length > 0 && body[0] is '-' or '+' or ' ')
                    {
                        sign = body[..1];
                        body = body[1..];
                    }
                    break;
                }
                default:
                {
                    int code = char.IsHighSurrogate(type) && i < format.Length && char.IsLowSurrogate(format[i]) ? char.ConvertToUtf32(type, format[i]) : type;
                    throw Errors.Value($"unsupported format character '{(code is >= 0x20 and < 0x7f ? type.ToString() : "?")}' (0x{code:x}) at index {i - 1}");
                }
            }
            int length = sign.Length + (bytes || numeric ? body.Length : CodePoints.Count(body));
            if (width <= length)
                sb.Append(sign).Append(body);
            else if (left)
                sb.Append(sign).Append(body).Append(' ', width - length);
            else if (zero && numeric)
                sb.Append(sign).Append('0', width - length).Append(body);
            else
                sb.Append(' ', width - length).Append(sign).Append(body);
        }
        if (!arguments.AllUsed)
            throw Errors.Type(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        return sb.ToString();
    }

    /// <summary>A width or precision: digits, or '*' taking the next argument.</summary>
    private static int ReadNumber(string format, ref int i, Arguments arguments, out bool star)
    {
        star = false;
        if (i < format.Length && format[i] == '*')
        {
            i++;
            star = true;
            var v = arguments.Next();
            return v is PyInt n ? (n.IsBig || n.Value is > int.MaxValue or < int.MinValue ? throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t") : (int)n.Value)
                : throw Errors.Type("* wants int");
        }
        long number = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            number = number * 10 + (format[i++] - '0');
            if (number > int.MaxValue)
                throw Errors.Value("width too big");
        }
        return (int)number;
    }

    private static BigInteger IntegerArgument(PyObject value, char type)
    {
        if (value is PyInt i)
            return i.AsBig;
        bool hasIndex = value.Type.IsHeapType && value.Type.LookupOverride("__index__") is not null;
        if (type is 'o' or 'x' or 'X')
        {
            return hasIndex ? Ops.Index(value).AsBig
                : throw Errors.Type($"%{type} format: an integer is required, not {value.Type.Name}");
        }
        if (hasIndex)
            return Ops.Index(value).AsBig;
        if (value is PyFloat || (value.Type.IsHeapType && (value.Type.LookupOverride("__int__") is not null || value.Type.LookupOverride("__float__") is not null)))
            return ((PyInt)Ops.Call(PyInt.TypeObject, new[] { value })).AsBig;
        throw Errors.Type($"%{type} format: a real number is required, not {value.Type.Name}");
    }

    private static string Digits(BigInteger n, char type)
    {
        switch (type)
        {
            case 'x' or 'X':
            {
                string hex = n.ToString(type == 'x' ? "x" : "X").TrimStart('0');
                return hex.Length == 0 ? "0" : hex;
            }
            case 'o':
            {
                if (n.IsZero)
                    return "0";
                var sb = new StringBuilder();
                while (!n.IsZero)
                {
                    sb.Insert(0, (char)('0' + (int)(n % 8)));
                    n /= 8;
                }
                return sb.ToString();
            }
            default:
                return IntText.ToDecimal(n); // with the int-to-str digit limit
        }
    }

    private static string Char(PyObject value, bool bytes)
    {
        if (bytes)
        {
            if (value is PyBytes or PyByteArray && BytesMethods.Data(value).Length == 1)
                return ((char)BytesMethods.Data(value)[0]).ToString();
            if (value is not PyInt n)
                throw Errors.Type("%c requires an integer in range(256) or a single byte");
            return !n.IsBig && n.Value is >= 0 and < 256 ? ((char)n.Value).ToString() : throw Errors.Raise(ExceptionTypes.OverflowError, "%c arg not in range(256)");
        }
        if (value is PyStr s)
            return s.Length == 1 ? s.Value : throw Errors.Type("%c requires int or char");
        if (value is not PyInt i)
            throw Errors.Type("%c requires int or char");
        return !i.IsBig && i.Value is >= 0 and < 0x110000 ? FromCodePoint((int)i.Value) : throw Errors.Raise(ExceptionTypes.OverflowError, "%c arg not in range(0x110000)");
    }

    /// <summary>%b and %s of bytes formatting: a bytes-like object or one with __bytes__.</summary>
    private static byte[] BytesOf(PyObject value)
    {
        if (BytesMethods.TryGetBuffer(value, out var data))
            return data.ToArray();
        if (value.Type.IsHeapType && Ops.CallDunder(value, "__bytes__") is PyBytes converted)
            return converted.Value;
        throw Errors.Type($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'");
    }

    private static string FromCodePoint(int cp) => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
}
