using System.Security.Cryptography;
using System.Text;
using Adder.Parser;
using Xunit;

namespace Adder.Tests;

/// <summary>
/// Parses the standard-library files listed in tests/ast/samples.txt and compares Adder's AST dump
/// with CPython 3.11's, checked in under tests/ast/expected/ by scripts/regen_ast_samples.
/// </summary>
public class AstSampleTests
{
    private const string StdlibDir = "/usr/lib/python3.11";

    private static readonly string AstDir = Path.Combine(FindRepoRoot(), "tests", "ast");

    private static readonly Lazy<Dictionary<string, string>> SourceHashes = new(ReadSourceHashes);

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (string line in File.ReadLines(Path.Combine(AstDir, "samples.txt")))
        {
            string entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
                data.Add(entry);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void DumpIsCPythons(string path)
    {
        string file = Path.Combine(StdlibDir, path);
        string expectedFile = Path.Combine(AstDir, "expected", path.Replace("/", "__") + ".dump");
        SourceHashes.Value.TryGetValue(path, out string? hash);
        if (!File.Exists(expectedFile) || hash is null)
            Assert.Fail($"{path}: no expected dump: run scripts/regen_ast_samples");
        Assert.True(File.Exists(file), $"{file} is missing (scripts/setup installs python3.11)");

        byte[] source = File.ReadAllBytes(file);
        if (Convert.ToHexStringLower(SHA256.HashData(source)) != hash)
        {
            Assert.Fail($"{file} is not the file the expected dump was made from (the installed Python "
                + "changed?): run scripts/regen_ast_samples");
        }

        string expected = File.ReadAllText(expectedFile, new UTF8Encoding(false, true));
        if (expected.EndsWith('\n'))
            expected = expected[..^1];

        string actual = PythonParser.ParseFile(source, file).Dump();

        if (actual != expected)
            Assert.Fail(DescribeDifference(path, expected, actual));
    }

    /// <summary>Where the two dumps part, with some context: they are far too long to print whole.</summary>
    private static string DescribeDifference(string path, string expected, string actual)
    {
        int n = Math.Min(expected.Length, actual.Length);
        int i = 0;
        while (i < n && expected[i] == actual[i])
            i++;
        const int Before = 150, After = 150;
        int from = Math.Max(0, i - Before);
        string Slice(string s) => (from > 0 ? "…" : "") + s[from..Math.Min(s.Length, i + After)]
            + (i + After < s.Length ? "…" : "");
        var sb = new StringBuilder();
        sb.Append($"{path}: the AST dump differs from CPython's at character {i} ");
        sb.Append($"(lengths: expected {expected.Length}, actual {actual.Length})");
        var (before, after) = NearbyLines(expected, i);
        if (before > 0 && after > 0 && before != after)
            sb.Append($", between source lines {Math.Min(before, after)} and {Math.Max(before, after)}");
        else if (before > 0 || after > 0)
            sb.Append($", near source line {Math.Max(before, after)}");
        sb.AppendLine();
        sb.AppendLine("expected: " + Slice(expected));
        sb.AppendLine("actual:   " + Slice(actual));
        sb.Append("          " + new string(' ', i - from + (from > 0 ? 1 : 0)) + "^");
        return sb.ToString();
    }

    /// <summary>
    /// The values of the last <c>lineno=</c> before <paramref name="at"/> and of the first at or after it
    /// (0 where there is none): a node's attributes follow its fields, so the difference is about there.
    /// </summary>
    private static (int Before, int After) NearbyLines(string dump, int at)
    {
        const string Key = "lineno=";
        int ValueAt(int k)
        {
            int v = 0;
            for (k += Key.Length; k < dump.Length && char.IsAsciiDigit(dump[k]); k++)
                v = v * 10 + (dump[k] - '0');
            return v;
        }
        bool IsLineno(int k) => k == 0 || dump[k - 1] != '_'; // not end_lineno=
        int after = 0, before = 0;
        for (int k = dump.IndexOf(Key, at, StringComparison.Ordinal); k >= 0; k = dump.IndexOf(Key, k + 1, StringComparison.Ordinal))
        {
            if (IsLineno(k))
            {
                after = ValueAt(k);
                break;
            }
        }
        for (int k = at - 1; k >= 0; k--)
        {
            k = dump.LastIndexOf(Key, k, StringComparison.Ordinal);
            if (k < 0)
                break;
            if (k + Key.Length <= at && IsLineno(k))
            {
                before = ValueAt(k);
                break;
            }
        }
        return (before, after);
    }

    private static Dictionary<string, string> ReadSourceHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        string file = Path.Combine(AstDir, "sources.sha256");
        if (!File.Exists(file))
            return hashes;
        foreach (string line in File.ReadLines(file))
        {
            int space = line.IndexOf("  ", StringComparison.Ordinal);
            if (space > 0)
                hashes[line[(space + 2)..]] = line[..space];
        }
        return hashes;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Adder.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"Adder.slnx not found above {AppContext.BaseDirectory}");
    }
}
