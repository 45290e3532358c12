using System.Text;
using Xunit;

namespace Adder.Tests;

/// <summary>
/// <c>adder -c COMMAND [ARG...]</c> against <c>/usr/bin/python3.11 -c</c>, run side by side: the same stdout,
/// stderr and exit status (sys.argv, sys.path[0], no __file__, tracebacks and syntax errors in "&lt;string&gt;",
/// SystemExit).
/// </summary>
public class CommandLineTests
{
    private const string CPython = "/usr/bin/python3.11";

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "-c", "pass" },
        new[] { "-c", "import sys; print(sys.argv, sys.path[0] == '', '__file__' in globals(), __name__)", "a", "-b" },
        new[] { "-c", "print(1)\nprint(2 +\n 3)" },
        new[] { "-c", "x = (" },
        new[] { "-c", "def f():\n    return 1 / 0\nf()" },
        new[] { "-c", "raise SystemExit(3)" },
        new[] { "-c", "import sys; sys.exit('bye')" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void RunsAsCPythonDoes(string[] args)
    {
        Assert.True(File.Exists(CPython), $"{CPython} is missing (scripts/setup installs it)");
        var expected = CliErrorReportTests.Run(CliErrorReportTests.RunTimeoutForTests, args, buildOnly: false, executable: CPython);
        var actual = CliErrorReportTests.Run(CliErrorReportTests.RunTimeoutForTests, args, buildOnly: false);
        Assert.Equal(Show(expected), Show(actual));
    }

    private static string Show((int Status, byte[] Stdout, byte[] Stderr) run) =>
        $"exit status {run.Status}\n--- stdout\n{Encoding.UTF8.GetString(run.Stdout)}--- stderr\n{Encoding.UTF8.GetString(run.Stderr)}";
}
