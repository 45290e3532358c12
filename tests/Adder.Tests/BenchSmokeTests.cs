using System.Diagnostics;
using Xunit;

namespace Adder.Tests;

/// <summary>
/// The smoke run of the benchmark suite: every program of bench/programs/ runs under Adder at its quick
/// scale and must print CPython's checksum (bench/programs/checksums.txt, made by
/// scripts/regen_bench_checksums). Nothing is timed here; bench/run measures.
/// </summary>
public class BenchSmokeTests
{
    private static readonly string Dir = Path.Combine(ProgramCorpus.Root, "bench", "programs");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static Dictionary<string, (string Scale, string Checksum)> Expected()
    {
        var expected = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(Dir, "checksums.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            string[] parts = line.Split(' ', 3);
            expected[parts[0]] = (parts[1], parts[2]);
        }
        return expected;
    }

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Dir, "*.py").Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).StartsWith('_'))
                data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task PrintsCPythonsChecksum(string name)
    {
        Assert.True(Expected().TryGetValue(name, out var expected),
            $"bench/programs/{name}.py has no checksum: run scripts/regen_bench_checksums");
        Assert.Null(ProgramRuns.BuildFailure.Value);
        var psi = new ProcessStartInfo(ProgramRuns.Executable!)
        {
            WorkingDirectory = Dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(name + ".py");
        psi.ArgumentList.Add(expected.Scale);
        psi.Environment["PYTHONHASHSEED"] = "0";
        // As the launcher runs the Native AOT build: with the segments GC published next to it.
        if (File.Exists(Path.Combine(Path.GetDirectoryName(ProgramRuns.Executable!)!, "libclrgc.so")))
            psi.Environment["DOTNET_GCName"] = "libclrgc.so";
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{name}.py did not finish within {Timeout.TotalSeconds} s");
        }
        string stdout = await output;
        string stderr = await errors;
        string checksum = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("checksum ", StringComparison.Ordinal))?["checksum ".Length..] ?? "";
        Assert.True(process.ExitCode == 0 && checksum == expected.Checksum,
            $"{name}.py {expected.Scale}: exit {process.ExitCode}, checksum '{checksum}', CPython's '{expected.Checksum}'\n{stderr}");
    }
}
