using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Adder.Parser;

namespace Adder.Bench;

/// <summary>
/// Times <see cref="PythonParser.ParseFile"/> over many Python files: all files are read into memory
/// first (not timed), then the whole set is parsed N times. Prints one JSON object per line:
/// a "syntax_error" line per file that raised PythonSyntaxError (first pass only), a "pass" line per
/// pass and a closing "summary" line. bench/parse_cpython.py prints the same shape for CPython.
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: ParseBench [DIR] [--repeat N] [--warmup W] [--files-from FILE|-] [--label TEXT]\n" +
        "  DIR           folder searched for *.py (default /usr/lib/python3.11); ignored with --files-from\n" +
        "  --repeat N    parse the whole set N times (default 5)\n" +
        "  --warmup W    the summary's steady_median_ms leaves out the first W passes (default 1)\n" +
        "  --files-from  read the file list (one path a line) from FILE, or from stdin with '-'\n" +
        "  --label TEXT  copied into every JSON line as \"label\"";

    public static int Main(string[] args)
    {
        string dir = "/usr/lib/python3.11";
        string? filesFrom = null;
        string? label = null;
        int repeat = 5;
        int warmup = 1;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            try
            {
                switch (a)
                {
                    case "-h" or "--help":
                        Console.WriteLine(Usage);
                        return 0;
                    case "--repeat" or "-n":
                        repeat = int.Parse(Value());
                        if (repeat < 1)
                            throw new ArgumentException("--repeat must be at least 1");
                        break;
                    case "--warmup":
                        warmup = int.Parse(Value());
                        if (warmup < 0)
                            throw new ArgumentException("--warmup must not be negative");
                        break;
                    case "--files-from":
                        filesFrom = Value();
                        break;
                    case "--label":
                        label = Value();
                        break;
                    default:
                        if (a.StartsWith('-'))
                            throw new ArgumentException($"unknown option {a}");
                        dir = a;
                        break;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"ParseBench: {e.Message}\n{Usage}");
                return 2;
            }
        }

        List<string> paths;
        if (filesFrom is not null)
        {
            TextReader reader = filesFrom == "-" ? Console.In : new StreamReader(filesFrom);
            paths = [];
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                if (line.Length > 0)
                    paths.Add(line);
            }
        }
        else
        {
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"ParseBench: {dir}: no such folder");
                return 2;
            }
            paths = [.. Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories)];
            paths.Sort(StringComparer.Ordinal);
        }

        // Read everything first: the timed passes touch no file system.
        var readClock = Stopwatch.StartNew();
        var sources = new byte[paths.Count][];
        long totalBytes = 0;
        for (int i = 0; i < paths.Count; i++)
        {
            sources[i] = File.ReadAllBytes(paths[i]);
            totalBytes += sources[i].Length;
        }
        double readMs = readClock.Elapsed.TotalMilliseconds;

        string mode = RuntimeFeature.IsDynamicCodeSupported ? "jit" : "aot";
        using var stdout = Console.OpenStandardOutput();
        var json = new Utf8JsonWriter(stdout);

        void Common(string kind)
        {
            json.WriteStartObject();
            json.WriteString("kind", kind);
            json.WriteString("impl", "adder");
            json.WriteString("mode", mode);
            if (label is not null)
                json.WriteString("label", label);
        }

        void EndLine()
        {
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stdout.WriteByte((byte)'\n');
            stdout.Flush();
        }

        var passMs = new double[repeat];
        long allocTotal = 0;
        int errors = 0;
        for (int pass = 0; pass < repeat; pass++)
        {
            // Start each pass from a collected heap (outside the timing), as parse_cpython.py does.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            List<(int Index, PythonSyntaxError Error)>? failed = pass == 0 ? [] : null;
            errors = 0;

            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < sources.Length; i++)
            {
                try
                {
                    PythonParser.ParseFile(sources[i], paths[i]);
                }
                catch (PythonSyntaxError e)
                {
                    errors++;
                    failed?.Add((i, e));
                }
            }
            double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

            long alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
            allocTotal += alloc;
            passMs[pass] = ms;

            if (failed is not null)
            {
                foreach (var (index, error) in failed)
                {
                    Common("syntax_error");
                    json.WriteString("file", paths[index]);
                    json.WriteString("type", error.TypeName);
                    json.WriteString("msg", error.Msg);
                    json.WriteNumber("lineno", error.Lineno);
                    EndLine();
                }
            }

            Common("pass");
            json.WriteNumber("pass", pass + 1);
            json.WriteNumber("ms", Math.Round(ms, 3));
            json.WriteNumber("files", sources.Length);
            json.WriteNumber("bytes", totalBytes);
            json.WriteNumber("syntax_errors", errors);
            json.WriteNumber("alloc_bytes", alloc);
            json.WriteStartArray("gc_collections");
            json.WriteNumberValue(GC.CollectionCount(0) - g0);
            json.WriteNumberValue(GC.CollectionCount(1) - g1);
            json.WriteNumberValue(GC.CollectionCount(2) - g2);
            json.WriteEndArray();
            EndLine();
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Common("summary");
        json.WriteNumber("passes", repeat);
        json.WriteNumber("files", sources.Length);
        json.WriteNumber("bytes", totalBytes);
        json.WriteNumber("syntax_errors", errors);
        json.WriteNumber("read_ms", Math.Round(readMs, 3));
        json.WriteNumber("first_ms", Math.Round(passMs[0], 3));
        json.WriteNumber("warmup_passes", Math.Min(warmup, repeat - 1));
        double[] steady = repeat > warmup ? passMs[warmup..] : passMs[^1..];
        Array.Sort(steady);
        json.WriteNumber("steady_median_ms", Math.Round(Median(steady), 3));
        json.WriteNumber("peak_working_set_bytes", self.PeakWorkingSet64);
        json.WriteNumber("alloc_bytes_total", allocTotal);
        json.WriteNumber("alloc_bytes_per_pass", allocTotal / repeat);
        json.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        EndLine();
        return 0;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
