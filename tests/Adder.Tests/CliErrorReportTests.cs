using System.Diagnostics;
using System.Text;
using Xunit;

namespace Adder.Tests;

/// <summary>
/// End to end: for the cases of tests/syntax_errors/expected_stderr/ (parser errors), runs
/// <c>adder --dump-ast &lt;absolute path of the case&gt;</c> and compares its exit status and stderr, byte
/// for byte, with what <c>/usr/bin/python3.11 &lt;same path&gt;</c> printed when scripts/regen_syntax_errors
/// recorded it (exit status 1; the repository's path written &lt;REPO&gt;).
/// </summary>
public class CliErrorReportTests
{
    private const string RepoToken = "<REPO>";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    private static readonly string StderrDir = Path.Combine(SyntaxErrorCorpus.Dir, "expected_stderr");
    private static readonly string Launcher = Path.Combine(SyntaxErrorCorpus.Root, "adder");

    /// <summary>The launcher builds the CLI when it is out of date: done once, before the first run.</summary>
    private static readonly Lazy<string?> BuildFailure = new(Build);

    internal static readonly TimeSpan RunTimeoutForTests = RunTimeout;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string name in SyntaxErrorCorpus.NamesIn(StderrDir, ".txt"))
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportIsCPythons(string name)
    {
        string file = Path.Combine(SyntaxErrorCorpus.Root, SyntaxErrorCorpus.CaseRelativePath(name));
        Assert.True(File.Exists(file), $"{file} is missing: run scripts/regen_syntax_errors");
        if (BuildFailure.Value is string failure)
            Assert.Fail(failure);

        byte[] expectedBytes = Encoding.UTF8.GetBytes(
            File.ReadAllText(Path.Combine(StderrDir, name + ".txt"), new UTF8Encoding(false, true))
                .Replace(RepoToken + "/", SyntaxErrorCorpus.Root + "/", StringComparison.Ordinal));

        var (status, _, stderr) = Run(RunTimeout, ["--dump-ast", file], buildOnly: false);

        // One text holding both, so that a failure shows the whole difference at once.
        string expected = $"exit status: 1\n{Decode(expectedBytes)}";
        string actual = $"exit status: {status}\n{Decode(stderr)}";
        if (actual != expected)
        {
            Assert.Fail($"`adder --dump-ast {file}`: the exit status or the report differs from CPython's "
                + "(- CPython, + Adder):\n" + SyntaxErrorCorpus.LineDiff(expected, actual));
        }
        if (!stderr.AsSpan().SequenceEqual(expectedBytes))
        {
            Assert.Fail($"stderr has the expected text but not the expected bytes:\nexpected {Convert.ToHexString(expectedBytes)}"
                + $"\nactual   {Convert.ToHexString(stderr)}");
        }
    }

    /// <summary>The bytes as UTF-8, with invalid sequences shown as U+FFFD (then the byte check fails).</summary>
    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static string? Build()
    {
        var (status, stdout, stderr) = Run(BuildTimeout, [], buildOnly: true);
        return status == 0
            ? null
            : $"`ADDER_BUILD_ONLY=1 {Launcher}` (building the CLI) failed with exit status {status}:\n"
                + Decode(stdout) + Decode(stderr);
    }

    /// <summary>Runs the launcher (or <paramref name="executable"/>) with the arguments; with
    /// <paramref name="buildOnly"/>, only builds.</summary>
    internal static (int Status, byte[] Stdout, byte[] Stderr) Run(TimeSpan timeout, string[] args, bool buildOnly, string? executable = null)
    {
        if (!buildOnly && executable is null && BuildFailure.Value is string failure)
            Assert.Fail(failure);
        var psi = new ProcessStartInfo(executable ?? Launcher)
        {
            WorkingDirectory = SyntaxErrorCorpus.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
            psi.ArgumentList.Add(arg);
        // The environment scripts/regen_syntax_errors ran CPython in: UTF-8, no PYTHON* variables.
        psi.Environment["LC_ALL"] = "C.UTF-8";
        foreach (string key in psi.Environment.Keys.Where(k => k.StartsWith("PYTHON", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        if (buildOnly)
            psi.Environment["ADDER_BUILD_ONLY"] = "1";

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {Launcher}");
        process.StandardInput.Close();
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{Launcher} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s");
        }
        // The launcher sends build output to a log file, so lingering MSBuild nodes hold no pipe of ours;
        // bounded all the same.
        Task.WaitAll([copyOut, copyErr], TimeSpan.FromSeconds(30));
        return (process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }
}
