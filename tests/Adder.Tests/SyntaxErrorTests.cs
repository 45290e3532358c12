using System.Text;
using Adder.Compiler;
using Adder.Parser;
using Xunit;

namespace Adder.Tests;

/// <summary>
/// Runs <see cref="SyntaxChecker.Check"/> on each bad program of tests/syntax_errors/cases/ and compares
/// the error with CPython 3.11's compile(), recorded in tests/syntax_errors/expected/ by
/// scripts/regen_syntax_errors.
/// </summary>
public class SyntaxErrorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string name in SyntaxErrorCorpus.CaseNames())
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorIsCPythons(string name)
    {
        string rel = SyntaxErrorCorpus.CaseRelativePath(name);
        string expectedFile = Path.Combine(SyntaxErrorCorpus.Dir, "expected", name + ".txt");
        if (!File.Exists(expectedFile))
            Assert.Fail($"{rel}: no expected result {expectedFile}: run scripts/regen_syntax_errors");
        string expected = File.ReadAllText(expectedFile, new UTF8Encoding(false, true));
        byte[] source = File.ReadAllBytes(Path.Combine(SyntaxErrorCorpus.Root, rel));

        var (error, other) = CheckOnBigStack(source, rel);
        if (other is not null)
        {
            Assert.Fail($"{rel}: SyntaxChecker.Check threw {other.GetType().FullName}, not a PythonSyntaxError. "
                + $"CPython reports:\n{expected}\n{other}");
        }
        if (error is null)
            Assert.Fail($"{rel}: SyntaxChecker.Check accepted the program. CPython reports:\n{expected}");

        string actual = Format(error);
        if (actual != expected)
        {
            Assert.Fail($"{rel}: the error differs from CPython's (- CPython, + Adder):\n"
                + SyntaxErrorCorpus.LineDiff(expected, actual) + "\nthe case:\n" + SyntaxErrorCorpus.Listing(source));
        }
    }

    [Fact]
    public void CorpusHasAtLeast80Cases()
    {
        int count = SyntaxErrorCorpus.CaseNames().Count;
        Assert.True(count >= 80, $"{SyntaxErrorCorpus.Dir}/cases holds {count} cases; expected at least 80");
    }

    /// <summary>The lines scripts/regen_syntax_errors writes for CPython's exception.</summary>
    internal static string Format(PythonSyntaxError e) =>
        $"type: {e.TypeName}\nmsg: {e.Msg}\nlineno: {Plain(e.Lineno)}\noffset: {Plain(e.Offset)}\n"
        + $"end_lineno: {Plain(e.EndLineno)}\nend_offset: {Plain(e.EndOffset)}\n";

    /// <summary>A value as the script writes it: null (CPython's None) as "None".</summary>
    private static string Plain(object? value) =>
        value is null ? "None" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>
    /// Runs the check on a thread with a large stack, so that a case nesting deeply (200 parentheses)
    /// cannot take the whole test run down with a stack overflow. Returns the PythonSyntaxError thrown,
    /// or any other exception thrown; both null if the program was accepted.
    /// </summary>
    private static (PythonSyntaxError? Error, Exception? Other) CheckOnBigStack(byte[] source, string filename)
    {
        PythonSyntaxError? error = null;
        Exception? other = null;
        var thread = new Thread(() =>
        {
            try
            {
                SyntaxChecker.Check(source, filename);
            }
            catch (PythonSyntaxError e)
            {
                error = e;
            }
            catch (Exception e)
            {
                other = e;
            }
        }, 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return (error, other);
    }
}

/// <summary>Where tests/syntax_errors/ is, and what it holds.</summary>
internal static class SyntaxErrorCorpus
{
    public static readonly string Root = FindRepoRoot();

    public static readonly string Dir = Path.Combine(Root, "tests", "syntax_errors");

    /// <summary>The cases' names (file names without ".py"), sorted ordinally.</summary>
    public static List<string> CaseNames() => NamesIn(Path.Combine(Dir, "cases"), ".py");

    /// <summary>The names of the files in a folder of the corpus with the given extension, sorted.</summary>
    public static List<string> NamesIn(string folder, string extension)
    {
        var names = new List<string>();
        if (Directory.Exists(folder))
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*" + extension))
                names.Add(Path.GetFileName(file)[..^extension.Length]);
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>
    /// The two texts line by line, a line of the first that differs marked "- ", of the second "+ ",
    /// equal lines "  " (the texts here are a few short lines, aligned by index).
    /// </summary>
    public static string LineDiff(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        var sb = new StringBuilder();
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (i < a.Length && i < b.Length && a[i] == b[i])
            {
                if (a[i].Length > 0 || i < a.Length - 1)
                    sb.Append("  ").Append(a[i]).Append('\n');
                continue;
            }
            if (i < a.Length)
                sb.Append("- ").Append(a[i]).Append('\n');
            if (i < b.Length)
                sb.Append("+ ").Append(b[i]).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The source with line numbers (as UTF-8, invalid bytes shown as U+FFFD), at most 12 lines.</summary>
    public static string Listing(byte[] source)
    {
        string[] lines = Encoding.UTF8.GetString(source).Split('\n');
        int n = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var sb = new StringBuilder();
        for (int i = 0; i < Math.Min(n, 12); i++)
            sb.Append($"{i + 1,4} | ").Append(lines[i].Replace("\r", "\\r").Replace("\t", "\\t")).Append('\n');
        if (n > 12)
            sb.Append("     | ...\n");
        return sb.ToString();
    }

    /// <summary>A case's path relative to the repository root, with '/': the filename CPython was given.</summary>
    public static string CaseRelativePath(string name) => $"tests/syntax_errors/cases/{name}.py";

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
