using System.Text;

namespace Adder.Runtime;

/// <summary>
/// str.encode and bytes.decode for the codecs programs use most (UTF-8/16/32, ASCII, Latin-1) with the
/// standard error handlers, raising UnicodeEncodeError/UnicodeDecodeError with CPython's ranges and reasons.
/// </summary>
internal static class Codecs
{
    /// <summary>The codec's canonical name (as its error messages spell it) for an encoding name or alias.</summary>
    public static string Lookup(string encoding)
    {
        // encodings.normalize_encoding, then the aliases of the codecs provided here.
        var normalized = new System.Text.StringBuilder(encoding.Length);
        foreach (char c in encoding.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
                normalized.Append(c);
            else if (normalized.Length > 0 && normalized[^1] != '_')
                normalized.Append('_');
        }
        string key = normalized.ToString().TrimEnd('_');
        return key switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => "utf-8",
            "utf_8_sig" or "utf8_sig" => "utf-8-sig",
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "cp367" or "csascii" or "ibm367" or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" => "ascii",
            "latin_1" or "latin1" or "latin" or "l1" or "iso8859_1" or "iso_8859_1" or "8859" or "cp819" or "iso_ir_100" or "ibm819" or "csisolatin1" or "iso8859" or "iso_8859_1_1987" => "latin-1",
            "utf_16" or "utf16" or "u16" => "utf-16",
            "utf_16_le" or "utf_16le" or "unicodelittleunmarked" => "utf-16-le",
            "utf_16_be" or "utf_16be" or "unicodebigunmarked" => "utf-16-be",
            "utf_32" or "utf32" or "u32" => "utf-32",
            "utf_32_le" or "utf_32le" => "utf-32-le",
            "utf_32_be" or "utf_32be" => "utf-32-be",
            _ => throw Errors.Raise(ExceptionTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    // ---- Encoding ----

    public static byte[] Encode(string text, string encoding, string errors)
    {
        string codec = Lookup(encoding);
        int[] cps = CodePoints.ToArray(text);
        var output = new List<byte>(cps.Length + 4);
        if (codec == "utf-8-sig")
        {
            output.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
            codec = "utf-8";
        }
        if (codec == "utf-16")
            output.AddRange(new byte[] { 0xFF, 0xFE });
        else if (codec == "utf-32")
            output.AddRange(new byte[] { 0xFF, 0xFE, 0, 0 });
        int limit = codec switch { "ascii" => 0x80, "latin-1" => 0x100, _ => 0x110000 };
        for (int i = 0; i < cps.Length;)
        {
            int c = cps[i];
            bool surrogate = c is >= 0xD800 and <= 0xDFFF;
            if (c < limit && !surrogate)
            {
                Put(output, codec, c);
                i++;
                continue;
            }
            // An unencodable run: the error handler decides.
            // UTF-16 and UTF-32 report each surrogate alone; the others report the whole run.
            int end = i + 1;
            while (end < cps.Length && (cps[end] >= limit || cps[end] is >= 0xD800 and <= 0xDFFF) && codec is not ("utf-16" or "utf-16-le" or "utf-16-be" or "utf-32" or "utf-32-le" or "utf-32-be"))
                end++;
            string reason = limit < 0x110000 ? $"ordinal not in range({limit})" : "surrogates not allowed";
            switch (errors)
            {
                case "strict":
                    throw EncodeError(codec, text, i, end, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++)
                        Put(output, codec, '?');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++)
                        PutAscii(output, codec, cps[k] < 0x100 ? $"\\x{cps[k]:x2}" : cps[k] < 0x10000 ? $"\\u{cps[k]:x4}" : $"\\U{cps[k]:x8}");
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++)
                        PutAscii(output, codec, $"&#{cps[k]};");
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++)
                    {
                        if (cps[k] is < 0xDC80 or > 0xDCFF)
                            throw EncodeError(codec, text, k, k + 1, reason);
                        output.Add((byte)(cps[k] - 0xDC00));
                    }
                    break;
                case "surrogatepass" when limit == 0x110000:
                    for (int k = i; k < end; k++)
                        Put(output, codec, cps[k]);
                    break;
                case "surrogatepass":
                    throw EncodeError(codec, text, i, end, reason);
                default:
                    throw UnknownHandler(errors);
            }
            i = end;
        }
        return output.ToArray();
    }

    private static PyException UnknownHandler(string errors) =>
        Errors.Raise(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");

    private static PyException EncodeError(string codec, string text, int start, int end, string reason) =>
        new((PyBaseException)Ops.Call(ExceptionTypes.UnicodeEncodeError, new PyObject[]
        {
            new PyStr(codec), new PyStr(text), PyInt.From(start), PyInt.From(end), new PyStr(reason),
        }));

    private static void PutAscii(List<byte> output, string codec, string ascii)
    {
        foreach (char c in ascii)
            Put(output, codec, c);
    }

    private static void Put(List<byte> output, string codec, int c)
    {
        switch (codec)
        {
            case "ascii" or "latin-1":
                output.Add((byte)c);
                break;
            case "utf-8":
                if (c < 0x80)
                {
                    output.Add((byte)c);
                }
                else if (c < 0x800)
                {
                    output.Add((byte)(0xC0 | (c >> 6)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
                else if (c < 0x10000)
                {
                    output.Add((byte)(0xE0 | (c >> 12)));
                    output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
                else
                {
                    output.Add((byte)(0xF0 | (c >> 18)));
                    output.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
                    output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
                break;
            case "utf-16" or "utf-16-le" or "utf-16-be":
                bool big = codec == "utf-16-be";
                if (c >= 0x10000)
                {
                    PutUnit16(output, 0xD800 + ((c - 0x10000) >> 10), big);
                    PutUnit16(output, 0xDC00 + ((c - 0x10000) & 0x3FF), big);
                }
                else
                {
                    PutUnit16(output, c, big);
                }
                break;
            default: // utf-32 family
                if (codec == "utf-32-be")
                {
                    output.AddRange(new[] { (byte)(c >> 24), (byte)(c >> 16), (byte)(c >> 8), (byte)c });
                }
                else
                {
                    output.AddRange(new[] { (byte)c, (byte)(c >> 8), (byte)(c >> 16), (byte)(c >> 24) });
                }
                break;
        }
    }

    private static void PutUnit16(List<byte> output, int unit, bool bigEndian)
    {
        if (bigEndian)
        {
            output.Add((byte)(unit >> 8));
            output.Add((byte)unit);
        }
        else
        {
            output.Add((byte)unit);
            output.Add((byte)(unit >> 8));
        }
    }

    // ---- Decoding ----

    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        if (data.Length == 0)
            return ""; // PyUnicode_Decode: nothing to decode, not even a codec to look up
        string codec = Lookup(encoding);
        if (codec == "utf-8-sig")
        {
            codec = "utf-8";
            if (data.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
                data = data[3..];
        }
        if (codec == "utf-8" && System.Text.Unicode.Utf8.IsValid(data))
            return Encoding.UTF8.GetString(data);
        if (codec == "latin-1")
            return Encoding.Latin1.GetString(data);
        var sb = new StringBuilder(data.Length);
        byte[]? copy = null; // the exception's object, made once
        int i = 0;
        int width = codec.StartsWith("utf-16", StringComparison.Ordinal) ? 2 : codec.StartsWith("utf-32", StringComparison.Ordinal) ? 4 : 1;
        bool bigEndian = codec.EndsWith("-be", StringComparison.Ordinal);
        string reported = codec;
        if (codec is "utf-16" or "utf-32")
        {
            // A byte order mark picks the order (and is dropped); without one, little-endian.
            if (codec == "utf-16" && data.Length >= 2 && (data[0], data[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            {
                bigEndian = data[0] == 0xFE;
                i = 2;
            }
            else if (codec == "utf-32" && data.Length >= 4 && (data[0], data[1], data[2], data[3]) is (0xFF, 0xFE, 0, 0) or (0, 0, 0xFE, 0xFF))
            {
                bigEndian = data[0] == 0;
                i = 4;
            }
            reported = codec + (bigEndian ? "-be" : "-le");
        }
        while (i < data.Length)
        {
            int length;
            string? reason;
            int cp;
            if (width == 1)
                (length, cp, reason) = codec == "ascii" ? (1, data[i], data[i] < 0x80 ? null : "ordinal not in range(128)") : Utf8Sequence(data, i);
            else if (width == 2)
                (length, cp, reason) = Utf16Unit(data, i, bigEndian);
            else
                (length, cp, reason) = Utf32Unit(data, i, bigEndian);
            if (reason is not null && errors == "surrogatepass" && Surrogate(data, i, codec, bigEndian) is int surrogate)
            {
                (length, cp, reason) = (width == 1 ? 3 : width, surrogate, null);
            }
            if (reason is null)
            {
                Append(sb, cp);
                i += length;
                continue;
            }
            switch (errors)
            {
                case "strict":
                    copy ??= data.ToArray();
                    throw new PyException((PyBaseException)Ops.Call(ExceptionTypes.UnicodeDecodeError, new PyObject[]
                    {
                        new PyStr(reported), new PyBytes(copy), PyInt.From(i), PyInt.From(i + length), new PyStr(reason),
                    }));
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (int k = i; k < i + length; k++)
                        sb.Append($"\\x{data[k]:x2}");
                    break;
                case "surrogateescape":
                    for (int k = i; k < i + length; k++)
                        sb.Append(data[k] < 0x80 ? throw DecodeError(reported, data, k, reason) : (char)(0xDC00 + data[k]));
                    break;
                case "xmlcharrefreplace" or "namereplace":
                    throw Errors.Type("don't know how to handle UnicodeDecodeError in error callback");
                default:
                    throw UnknownHandler(errors);
            }
            i += length;
        }
        return sb.ToString();
    }

    /// <summary>An encoded surrogate at <paramref name="i"/> (what surrogatepass lets through), or null.</summary>
    private static int? Surrogate(ReadOnlySpan<byte> data, int i, string codec, bool bigEndian)
    {
        if (codec == "utf-8")
        {
            return i + 2 < data.Length && data[i] == 0xED && data[i + 1] is >= 0xA0 and <= 0xBF && (data[i + 2] & 0xC0) == 0x80
                ? 0xD000 | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F) : null;
        }
        if (codec.StartsWith("utf-16", StringComparison.Ordinal) && i + 2 <= data.Length)
        {
            int unit = bigEndian ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
            return unit is >= 0xD800 and <= 0xDFFF ? unit : null;
        }
        if (codec.StartsWith("utf-32", StringComparison.Ordinal) && i + 4 <= data.Length)
        {
            int unit = bigEndian ? (data[i + 2] << 8) | data[i + 3] : data[i] | (data[i + 1] << 8);
            bool high = bigEndian ? data[i] == 0 && data[i + 1] == 0 : data[i + 2] == 0 && data[i + 3] == 0;
            return high && unit is >= 0xD800 and <= 0xDFFF ? unit : null;
        }
        return null;
    }

    private static PyException DecodeError(string codec, ReadOnlySpan<byte> data, int at, string reason) =>
        new((PyBaseException)Ops.Call(ExceptionTypes.UnicodeDecodeError, new PyObject[]
        {
            new PyStr(codec), new PyBytes(data.ToArray()), PyInt.From(at), PyInt.From(at + 1), new PyStr(reason),
        }));

    private static void Append(StringBuilder sb, int cp)
    {
        if (cp >= 0x10000)
        {
            sb.Append((char)(0xD800 + ((cp - 0x10000) >> 10)));
            sb.Append((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
        else
        {
            sb.Append((char)cp);
        }
    }

    /// <summary>One UTF-8 sequence at <paramref name="i"/>: its length and code point, or the length of the
    /// bad part and why it is bad (CPython reports the maximal valid prefix of a broken sequence).</summary>
    internal static (int Length, int CodePoint, string? Reason) Utf8Sequence(ReadOnlySpan<byte> data, int i)
    {
        byte b = data[i];
        if (b < 0x80)
            return (1, b, null);
        if (b is < 0xC2 or > 0xF4)
            return (1, 0, "invalid start byte");
        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        // The second byte's range is narrower for some lead bytes (no overlongs, surrogates or > U+10FFFF).
        var (low, high) = b switch
        {
            0xE0 => (0xA0, 0xBF),
            0xED => (0x80, 0x9F),
            0xF0 => (0x90, 0xBF),
            0xF4 => (0x80, 0x8F),
            _ => (0x80, 0xBF),
        };
        int cp = b & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
        for (int k = 1; k < need; k++)
        {
            if (i + k >= data.Length)
                return (k, 0, "unexpected end of data");
            byte c = data[i + k];
            if (k == 1 ? c < low || c > high : (c & 0xC0) != 0x80)
                return (k, 0, "invalid continuation byte");
            cp = (cp << 6) | (c & 0x3F);
        }
        return (need, cp, null);
    }

    private static (int, int, string?) Utf16Unit(ReadOnlySpan<byte> data, int i, bool bigEndian)
    {
        if (i + 2 > data.Length)
            return (data.Length - i, 0, "truncated data");
        int unit = bigEndian ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
        if (unit is < 0xD800 or > 0xDFFF)
            return (2, unit, null);
        if (unit >= 0xDC00)
            return (2, 0, "illegal encoding");
        if (i + 4 > data.Length)
            return (data.Length - i, 0, "unexpected end of data");
        int low = bigEndian ? (data[i + 2] << 8) | data[i + 3] : data[i + 2] | (data[i + 3] << 8);
        if (low is < 0xDC00 or > 0xDFFF)
            return (2, 0, "illegal UTF-16 surrogate");
        return (4, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), null);
    }

    private static (int, int, string?) Utf32Unit(ReadOnlySpan<byte> data, int i, bool bigEndian)
    {
        if (i + 4 > data.Length)
            return (data.Length - i, 0, "truncated data");
        long cp = bigEndian
            ? ((long)data[i] << 24) | ((long)data[i + 1] << 16) | ((long)data[i + 2] << 8) | data[i + 3]
            : data[i] | ((long)data[i + 1] << 8) | ((long)data[i + 2] << 16) | ((long)data[i + 3] << 24);
        if (cp >= 0x110000)
            return (4, 0, "code point not in range(0x110000)");
        if (cp is >= 0xD800 and <= 0xDFFF)
            return (4, 0, "code point in surrogate code point range(0xd800, 0xe000)");
        return (4, (int)cp, null);
    }
}
