using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Adder.Tests;

/// <summary>
/// The differential program corpus (tests/programs/, see its README): runs every case under the built
/// CLI exactly as scripts/regen_program_outputs ran CPython 3.11 (the case's folder as working
/// directory, its file name as the script, its <c># args:</c>, stdin from /dev/null, the same
/// environment, a 10 s time-out) and compares stdout byte for byte, the last non-blank line of stderr
/// (all of stderr for a case marked <c># stderr: full</c>) and the exit status with the recorded <c>.out</c>/<c>.err</c>. A case listed in
/// tests/programs/known_failures.txt must fail and any other case must pass, so the list stays honest
/// (scripts/update_known_failures rewrites it).
/// </summary>
/// <remarks>
/// xunit runs the rows of a theory one after another; so that the corpus takes less than one process
/// start per case of wall time, each row also starts the runs of the next few rows
/// (<see cref="ProgramRuns"/>), and <see cref="ProgramCaseOrderer"/> makes the rows run in corpus order.
/// </remarks>
[TestCaseOrderer("Adder.Tests.ProgramCaseOrderer", "Adder.Tests")]
public class ProgramTests
{
    private const int MinimumCases = 400;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string name in ProgramCorpus.CaseNames)
            data.Add(name);
        return data;
    }

    [Fact]
    public void CorpusHasAtLeast400Cases()
    {
        int count = ProgramCorpus.CaseNames.Count;
        Assert.True(count >= MinimumCases, $"tests/programs/ has {count} cases, fewer than {MinimumCases}");
    }

    [Fact]
    public void KnownFailuresNameExistingCases()
    {
        var problems = new List<string>();
        var cases = new HashSet<string>(ProgramCorpus.CaseNames, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in ProgramCorpus.KnownFailureLines())
        {
            if (!seen.Add(name))
                problems.Add($"{name}: listed twice");
            else if (!cases.Contains(name))
                problems.Add($"{name}: no such case (a case is tests/programs/<area>/<name>.py, name not starting with '_')");
        }
        Assert.True(problems.Count == 0, "tests/programs/known_failures.txt:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RunsLikeCPython(string name)
    {
        string casePath = Path.Combine(ProgramCorpus.Dir, name);
        string outPath = Path.ChangeExtension(casePath, ".out");
        string errPath = Path.ChangeExtension(casePath, ".err");
        Assert.True(File.Exists(outPath) && File.Exists(errPath),
            $"tests/programs/{name}: expected outputs missing: run scripts/regen_program_outputs");
        if (ProgramRuns.BuildFailure.Value is string failure)
            Assert.Fail(failure);

        ProgramRun run = await ProgramRuns.Get(name);
        byte[] expectedOut = File.ReadAllBytes(outPath);
        string expectedErr = File.ReadAllText(errPath, new UTF8Encoding(false, true));
        string actualErr = run.TimedOut ? "" : ProgramCorpus.ErrText(name, run.Status, run.Stderr);
        bool passes = !run.TimedOut && run.Stdout.AsSpan().SequenceEqual(expectedOut) && actualErr == expectedErr;

        bool known = ProgramCorpus.KnownFailures.Contains(name);
        if (known && passes)
            Assert.Fail($"unexpected pass: remove {name} from tests/programs/known_failures.txt");
        if (known || passes)
            return;
        Assert.Fail(Describe(name, run, expectedOut, expectedErr, actualErr));
    }

    /// <summary>A failure report: where stdout parts from CPython's, the stderr/exit difference, Adder's stderr tail.</summary>
    private static string Describe(string name, ProgramRun run, byte[] expectedOut, string expectedErr, string actualErr)
    {
        var sb = new StringBuilder();
        string command = string.Join(' ', ["adder", Path.GetFileName(name), .. ProgramCorpus.CaseArgs(name)]);
        sb.Append($"tests/programs/{name}: `{command}` (in tests/programs/{Path.GetDirectoryName(name)}) "
            + "does not behave as CPython 3.11 did (- CPython, + Adder)\n");
        if (run.TimedOut)
            sb.Append($"timed out after {ProgramRuns.Timeout.TotalSeconds} s and was killed\n");
        if (!run.Stdout.AsSpan().SequenceEqual(expectedOut))
        {
            string expectedText = Encoding.UTF8.GetString(expectedOut), actualText = Encoding.UTF8.GetString(run.Stdout);
            sb.Append(expectedText != actualText
                ? StdoutDiff(expectedText, actualText)
                : $"stdout has the expected text but not the expected bytes (not UTF-8?):\n  - {Convert.ToHexString(expectedOut)}\n  + {Convert.ToHexString(run.Stdout)}\n");
        }
        if (!run.TimedOut && actualErr != expectedErr)
        {
            sb.Append("last line of stderr / exit status differ:\n");
            foreach (string line in expectedErr.TrimEnd('\n').Split('\n'))
                sb.Append("  - ").Append(line).Append('\n');
            foreach (string line in actualErr.TrimEnd('\n').Split('\n'))
                sb.Append("  + ").Append(line).Append('\n');
        }
        string stderr = Encoding.UTF8.GetString(run.Stderr).TrimEnd('\n');
        if (stderr.Length > 0)
        {
            string[] lines = stderr.Split('\n');
            const int Tail = 15;
            sb.Append(lines.Length > Tail ? $"Adder's stderr (last {Tail} of {lines.Length} lines):\n" : "Adder's stderr:\n");
            foreach (string line in lines.Skip(Math.Max(0, lines.Length - Tail)))
                sb.Append("  | ").Append(line).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The first line where the two stdouts differ, with a few lines of context around it.</summary>
    internal static string StdoutDiff(string expected, string actual)
    {
        const int Context = 3, Shown = 8;
        var (a, aOpen) = Lines(expected);
        var (b, bOpen) = Lines(actual);
        int first = 0;
        while (first < a.Count && first < b.Count && a[first] == b[first])
            first++;
        var sb = new StringBuilder();
        sb.Append($"stdout differs from line {first + 1} (CPython: {Count(a.Count, aOpen)}, Adder: {Count(b.Count, bOpen)}):\n");
        for (int i = Math.Max(0, first - Context); i < first; i++)
            sb.Append("    ").Append(Visible(a[i])).Append('\n');
        AppendFrom(sb, "  - ", a, first, Shown);
        AppendFrom(sb, "  + ", b, first, Shown);
        return sb.ToString();

        static string Count(int n, bool open) =>
            (n == 1 ? "1 line" : $"{n} lines") + (open ? ", the last without a newline" : "");
    }

    /// <summary>The lines of a text ('\n' ends a line), and whether the last one has no newline.</summary>
    private static (List<string> Lines, bool Open) Lines(string text)
    {
        if (text.Length == 0)
            return ([], false);
        var lines = text.Split('\n').ToList();
        bool open = lines[^1].Length > 0;
        if (!open)
            lines.RemoveAt(lines.Count - 1);
        return (lines, open);
    }

    private static void AppendFrom(StringBuilder sb, string prefix, List<string> lines, int from, int shown)
    {
        for (int i = from; i < Math.Min(lines.Count, from + shown); i++)
            sb.Append(prefix).Append(Visible(lines[i])).Append('\n');
        sb.Append(prefix).Append(lines.Count > from + shown ? $"... ({lines.Count - from - shown} more lines)" : "<end of stdout>").Append('\n');
    }

    /// <summary>A line as shown in a report: control characters escaped, the end marked when it has trailing spaces.</summary>
    private static string Visible(string line)
    {
        var sb = new StringBuilder();
        foreach (char c in line)
        {
            if (c == '\t')
                sb.Append("\\t");
            else if (c == '\r')
                sb.Append("\\r");
            else if (char.IsControl(c))
                sb.Append($"\\x{(int)c:x2}");
            else
                sb.Append(c);
        }
        if (line.Length > 0 && line[^1] == ' ')
            sb.Append('⏎');
        return sb.ToString();
    }
}

/// <summary>The rules of scripts/program_corpus.py: what a case is, its arguments, the .err text.</summary>
internal static class ProgramCorpus
{
    public static readonly string Root = FindRepoRoot();

    public static readonly string Dir = Path.Combine(Root, "tests", "programs");

    private static readonly string KnownFailuresPath = Path.Combine(Dir, "known_failures.txt");

    private const string ArgsPrefix = "# args:";

    /// <summary>The cases, as paths relative to tests/programs/ with '/' ("area/name.py"), sorted ordinally.</summary>
    public static readonly IReadOnlyList<string> CaseNames = FindCases();

    public static readonly HashSet<string> KnownFailures = new(KnownFailureLines(), StringComparer.Ordinal);

    /// <summary>A case is a .py file directly in an area folder whose name does not start with '_'.</summary>
    private static List<string> FindCases()
    {
        var names = new List<string>();
        if (!Directory.Exists(Dir))
            return names;
        foreach (string area in Directory.EnumerateDirectories(Dir))
        {
            string areaName = Path.GetFileName(area);
            if (areaName.StartsWith('.') || areaName.StartsWith('_'))
                continue;
            foreach (string file in Directory.EnumerateFiles(area, "*.py"))
            {
                string fileName = Path.GetFileName(file);
                if (!fileName.StartsWith('_') && fileName.EndsWith(".py", StringComparison.Ordinal))
                    names.Add(areaName + "/" + fileName);
            }
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The case paths known_failures.txt lists, in file order (comments after '#' dropped).</summary>
    public static List<string> KnownFailureLines()
    {
        var names = new List<string>();
        if (!File.Exists(KnownFailuresPath))
            return names;
        foreach (string line in File.ReadAllLines(KnownFailuresPath))
        {
            int hash = line.IndexOf('#');
            string name = (hash >= 0 ? line[..hash] : line).Trim();
            if (name.Length > 0)
                names.Add(name);
        }
        return names;
    }

    /// <summary>The command-line arguments of a case: the rest of a first line "# args: ...", split at whitespace.</summary>
    public static string[] CaseArgs(string name)
    {
        using var reader = new StreamReader(Path.Combine(Dir, name), new UTF8Encoding(false));
        string first = reader.ReadLine() ?? "";
        return first.StartsWith(ArgsPrefix, StringComparison.Ordinal)
            ? first[ArgsPrefix.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            : [];
    }

    private const string FullStderr = "# stderr: full";
    private const string FolderToken = "<DIR>";

    /// <summary>Whether a case compares all of stderr (a line "# stderr: full" among its first two).</summary>
    public static bool HasFullStderr(string name)
    {
        using var reader = new StreamReader(Path.Combine(Dir, name), new UTF8Encoding(false));
        return reader.ReadLine() == FullStderr || reader.ReadLine() == FullStderr;
    }

    /// <summary>What the .err file holds for a run: the last non-blank stderr line (trimmed at the end), if any,
    /// or for a full-stderr case all of it with the case's folder written &lt;DIR&gt;; then "exit: N".</summary>
    public static string ErrText(string name, int status, byte[] stderr)
    {
        if (HasFullStderr(name))
        {
            string folder = Path.GetDirectoryName(Path.Combine(Dir, name))!;
            string text = Encoding.UTF8.GetString(stderr).Replace(folder, FolderToken, StringComparison.Ordinal).TrimEnd('\n');
            return (string.IsNullOrWhiteSpace(text) ? "" : text + "\n") + $"exit: {status}\n";
        }
        string? last = null;
        string[] lines = Encoding.UTF8.GetString(stderr).Split('\n');
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                last = lines[i].TrimEnd();
                break;
            }
        }
        return (last is null ? "" : last + "\n") + $"exit: {status}\n";
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

internal sealed record ProgramRun(int Status, byte[] Stdout, byte[] Stderr, bool TimedOut);

/// <summary>
/// Runs the cases under the built CLI. <see cref="Get"/> starts the run of the case asked for and of the
/// next <see cref="Window"/> - 1 cases in corpus order (a few at a time, whatever order they are asked in).
/// </summary>
internal static class ProgramRuns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);
    private static readonly int Window = Math.Max(2, Environment.ProcessorCount);
    private static readonly string Launcher = Path.Combine(ProgramCorpus.Root, "adder");

    private static readonly Dictionary<string, int> Index =
        ProgramCorpus.CaseNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Lazy<Task<ProgramRun>>> Runs = new(StringComparer.Ordinal);

    /// <summary>The launcher builds the CLI when it is out of date: done once, before the first run.</summary>
    public static readonly Lazy<string?> BuildFailure = new(Build);

    private static string? executable;

    /// <summary>The CLI's executable, once <see cref="BuildFailure"/> has been read (and is null).</summary>
    public static string? Executable => executable;

    public static async Task<ProgramRun> Get(string name)
    {
        int i = Index[name];
        for (int j = i; j < Math.Min(ProgramCorpus.CaseNames.Count, i + Window); j++)
            _ = Start(ProgramCorpus.CaseNames[j]);
        ProgramRun run = await Start(name).ConfigureAwait(false);
        Runs.TryRemove(name, out _);
        return run;
    }

    private static Task<ProgramRun> Start(string name) =>
        Runs.GetOrAdd(name, n => new Lazy<Task<ProgramRun>>(() => Task.Run(() => Run(n)))).Value;

    /// <summary>
    /// <c>cd tests/programs/&lt;area&gt; &amp;&amp; &lt;CLI&gt; &lt;name&gt;.py [args] &lt;/dev/null</c>, in this
    /// process's environment without PYTHON* variables, plus LC_ALL=C.UTF-8, TZ=UTC, PYTHONHASHSEED=0.
    /// </summary>
    private static ProgramRun Run(string name)
    {
        string folder = Path.Combine(ProgramCorpus.Dir, Path.GetDirectoryName(name)!);
        // Through sh only to give the program /dev/null as stdin, as the regeneration script does; `exec`
        // leaves the CLI as the process we wait for, kill and read the exit status of.
        var psi = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec \"$@\" </dev/null");
        psi.ArgumentList.Add("sh");
        psi.ArgumentList.Add(executable!);
        psi.ArgumentList.Add(Path.GetFileName(name));
        foreach (string arg in ProgramCorpus.CaseArgs(name))
            psi.ArgumentList.Add(arg);
        foreach (string key in psi.Environment.Keys.Where(k => k.StartsWith("PYTHON", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["LC_ALL"] = "C.UTF-8";
        psi.Environment["TZ"] = "UTC";
        psi.Environment["PYTHONHASHSEED"] = "0";

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start /bin/sh");
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        bool timedOut = !process.WaitForExit(Timeout);
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Task.WaitAll([copyOut, copyErr], TimeSpan.FromSeconds(30));
        return new ProgramRun(timedOut ? -1 : process.ExitCode, stdout.ToArray(), stderr.ToArray(), timedOut);
    }

    /// <summary>Builds the CLI (<c>ADDER_BUILD_ONLY=1 ./adder</c>) and takes the path of the executable it prints.</summary>
    private static string? Build()
    {
        var psi = new ProcessStartInfo(Launcher)
        {
            WorkingDirectory = ProgramCorpus.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ADDER_BUILD_ONLY"] = "1";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {Launcher}");
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            return $"`ADDER_BUILD_ONLY=1 {Launcher}` (building the CLI) did not finish within {BuildTimeout.TotalMinutes} min";
        }
        Task.WaitAll([output, errors], TimeSpan.FromSeconds(30));
        if (process.ExitCode != 0)
        {
            return $"`ADDER_BUILD_ONLY=1 {Launcher}` (building the CLI) failed with exit status {process.ExitCode}:\n"
                + output.Result + errors.Result;
        }
        // The launcher prints the path of the executable it runs (the Native AOT build, or the JIT build).
        string path = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        if (path.Length == 0 || !File.Exists(path))
            return $"`ADDER_BUILD_ONLY=1 {Launcher}` printed no executable's path:\n" + output.Result + errors.Result;
        executable = path;
        return null;
    }
}

/// <summary>Runs the facts of a class first, then the rows of its theories in the order of their first argument.</summary>
public sealed class ProgramCaseOrderer : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases
            .OrderBy(c => c.TestMethodArguments is { Length: > 0 } ? 1 : 0)
            .ThenBy(c => c.TestMethodArguments is { Length: > 0 } args ? args[0]?.ToString() ?? "" : c.DisplayName, StringComparer.Ordinal);
}
