using System.Text;

namespace Adder.Parser;

/// <summary>
/// Turns the bytes of a source file into what the tokenizer reads: UTF-8 (decoding per PEP 263: BOM,
/// coding declaration on line 1 or 2), newlines translated to '\n', and a final '\n' guaranteed.
/// </summary>
public static class SourceDecoder
{
    static SourceDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Returns the normalized buffer and the number of meaningful bytes in it.</summary>
    public static (byte[] Utf8, int Length, bool EncodingDeclared) Decode(ReadOnlySpan<byte> raw)
    {
        bool bom = raw.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
        if (bom)
            raw = raw.Slice(3);
        string? encoding = FindCodingSpec(raw);
        byte[] utf8;
        if (encoding is null || encoding == "utf-8")
        {
            // Like compile() given bytes, UTF-8 is not checked here: string literals and names report bad bytes.
            utf8 = NormalizeNewlines(raw);
        }
        else
        {
            if (bom)
                throw NoLocation($"encoding problem: {encoding} with BOM");
            Encoding enc;
            try
            {
                enc = Encoding.GetEncoding(encoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                throw NoLocation($"unknown encoding: {encoding}");
            }
            string text;
            try
            {
                text = enc.GetString(raw);
            }
            catch (DecoderFallbackException)
            {
                throw NoLocation($"(unicode error) '{encoding}' codec can't decode the source");
            }
            utf8 = NormalizeNewlines(Encoding.UTF8.GetBytes(text));
        }
        if (utf8.AsSpan().IndexOf((byte)0) >= 0)
            throw NoLocation("source code cannot contain null bytes");
        return (utf8, utf8.Length, bom || encoding is not null);
    }

    /// <summary>Errors about the file as a whole: CPython gives them line 0 and offset -1.</summary>
    private static PythonSyntaxError NoLocation(string msg) => new(SyntaxErrorKind.SyntaxError, msg, 0, -1, null, null, null);

    /// <summary>
    /// The check CPython makes when it reads a script file: without a declaration the file must be UTF-8.
    /// </summary>
    public static void CheckScriptEncoding(ReadOnlySpan<byte> raw, string path)
    {
        bool bom = raw.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
        if (bom)
            raw = raw.Slice(3);
        string? encoding = FindCodingSpec(raw);
        if (encoding is not null && encoding != "utf-8" || System.Text.Unicode.Utf8.IsValid(raw))
            return;
        int pos = FirstInvalidUtf8(raw);
        int line = 1 + raw.Slice(0, pos).Count((byte)'\n');
        throw NoLocation($"Non-UTF-8 code starting with '\\x{raw[pos]:x2}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    }

    /// <summary>The index of the first byte that does not start a valid UTF-8 sequence.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int pos = 0;
        while (pos < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.Slice(pos), out _, out int consumed) != System.Buffers.OperationStatus.Done)
                return pos;
            pos += consumed;
        }
        return -1;
    }

    /// <summary>CPython's UnicodeDecodeError text for the first bad sequence in <paramref name="bytes"/>.</summary>
    public static string Utf8ErrorMessage(ReadOnlySpan<byte> bytes)
    {
        var (start, end, reason) = Utf8Error(bytes);
        return end == start + 1
            ? $"'utf-8' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}"
            : $"'utf-8' codec can't decode bytes in position {start}-{end - 1}: {reason}";
    }

    /// <summary>The first bad UTF-8 sequence in <paramref name="bytes"/>: where it starts and ends, and why.</summary>
    public static (int Start, int End, string Reason) Utf8Error(ReadOnlySpan<byte> bytes)
    {
        int pos = FirstInvalidUtf8(bytes);
        byte b = bytes[pos];
        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        if (b < 0xC2 || b > 0xF4)
            return (pos, pos + 1, "invalid start byte");
        int valid = 1;
        while (valid < need && pos + valid < bytes.Length && (bytes[pos + valid] & 0xC0) == 0x80)
            valid++;
        if (pos + valid >= bytes.Length && valid < need)
            return (pos, pos + valid, "unexpected end of data");
        return (pos, pos + valid, "invalid continuation byte");
    }

    private static byte[] NormalizeNewlines(ReadOnlySpan<byte> src)
    {
        bool needsFinal = src.Length == 0 || src[^1] != '\n' && src[^1] != '\r';
        if (src.IndexOf((byte)'\r') < 0)
        {
            var copy = new byte[src.Length + (needsFinal ? 1 : 0)];
            src.CopyTo(copy);
            if (needsFinal)
                copy[^1] = (byte)'\n';
            return copy;
        }
        var buf = new List<byte>(src.Length + 1);
        for (int i = 0; i < src.Length; i++)
        {
            byte b = src[i];
            if (b == '\r')
            {
                buf.Add((byte)'\n');
                if (i + 1 < src.Length && src[i + 1] == '\n')
                    i++;
            }
            else
            {
                buf.Add(b);
            }
        }
        if (needsFinal)
            buf.Add((byte)'\n');
        return buf.ToArray();
    }

    /// <summary>The normalized encoding named by a coding declaration in the first two lines, if any.</summary>
    private static string? FindCodingSpec(ReadOnlySpan<byte> raw)
    {
        int lineStart = 0;
        for (int line = 0; line < 2 && lineStart < raw.Length; line++)
        {
            int end = raw.Slice(lineStart).IndexOfAny((byte)'\n', (byte)'\r');
            var text = end < 0 ? raw.Slice(lineStart) : raw.Slice(lineStart, end);
            int i = 0;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f'))
                i++;
            if (i < text.Length && text[i] != '#')
                return null; // code before any declaration: stop looking
            if (i < text.Length)
            {
                string? spec = CodingIn(text);
                if (spec is not null)
                    return spec;
            }
            if (end < 0)
                break;
            lineStart += end + 1;
            if (raw[lineStart - 1] == '\r' && lineStart < raw.Length && raw[lineStart] == '\n')
                lineStart++;
        }
        return null;
    }

    private static string? CodingIn(ReadOnlySpan<byte> comment)
    {
        for (int i = 0; i + 6 < comment.Length; i++)
        {
            if (!comment.Slice(i).StartsWith("coding"u8))
                continue;
            int t = i + 6;
            if (comment[t] != ':' && comment[t] != '=')
                continue;
            t++;
            while (t < comment.Length && (comment[t] == ' ' || comment[t] == '\t'))
                t++;
            int begin = t;
            while (t < comment.Length && (char.IsAsciiLetterOrDigit((char)comment[t]) || comment[t] == '-' || comment[t] == '_' || comment[t] == '.'))
                t++;
            if (t > begin)
                return NormalName(Encoding.ASCII.GetString(comment.Slice(begin, t - begin)));
        }
        return null;
    }

    private static string NormalName(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal) || n == "utf8")
            return "utf-8";
        foreach (var latin in new[] { "latin-1", "iso-8859-1", "iso-latin-1" })
        {
            if (n == latin || n.StartsWith(latin + "-", StringComparison.Ordinal))
                return "iso-8859-1";
        }
        return name;
    }
}
