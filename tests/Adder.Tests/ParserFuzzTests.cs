using System.Diagnostics;
using System.Text;
using Adder.Parser;
using Xunit;
using Xunit.Abstractions;

namespace Adder.Tests;

/// <summary>
/// The parser must never crash or hang, whatever bytes it is given: every input either parses to a
/// Module (whose Dump() works too) or raises PythonSyntaxError. Bounded and deterministic: a fixed seed
/// (ADDER_FUZZ_SEED overrides it, to explore further). Three parts:
/// <list type="bullet">
/// <item>mutated standard-library files (about 40 files, 50 mutants each);</item>
/// <item>random byte strings and random token soups;</item>
/// <item>absurdly deep nesting, run through the CLI (<c>adder --dump-ast</c>) in a child process: a
/// .NET stack overflow cannot be caught and would kill the whole test host, so there it only fails the
/// one test.</item>
/// </list>
/// The in-process parts run each input on a thread with a large stack (so random inputs, which are
/// never deeply nested, cannot overflow it) and give up on it after <see cref="Timeout"/>. A failure
/// message names the seed, the case and a file holding the input.
/// </summary>
public class ParserFuzzTests
{
    private const string StdlibDir = "/usr/lib/python3.11";
    private const int DefaultSeed = 20261125;
    private const int FileCount = 40;
    private const int MutantsPerFile = 50;
    private const int MaxFileBytes = 64 * 1024;
    private const int RandomInputs = 500;
    private const int ParseStackSize = 64 << 20;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly string RepoRoot = FindRepoRoot();

    private readonly ITestOutputHelper _output;

    public ParserFuzzTests(ITestOutputHelper output) => _output = output;

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("ADDER_FUZZ_SEED"), out int s) ? s : DefaultSeed;

    // ---- Part 1: mutated standard-library files ----

    [Fact]
    public void MutatedStdlibFilesNeverCrashOrHang()
    {
        Assert.True(Directory.Exists(StdlibDir), $"{StdlibDir} is missing (scripts/setup installs python3.11)");
        int seed = Seed;
        var all = Directory.EnumerateFiles(StdlibDir, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        var picked = new List<string>();
        int step = Math.Max(1, all.Count / FileCount);
        for (int i = 0, at = 0; i < FileCount && at < all.Count; i++, at = i * step)
        {
            while (at < all.Count && (new FileInfo(all[at]).Length > MaxFileBytes || picked.Contains(all[at])))
                at++;
            if (at < all.Count)
                picked.Add(all[at]);
        }

        var fuzz = new FuzzRun(seed);
        for (int f = 0; f < picked.Count; f++)
        {
            byte[] original = File.ReadAllBytes(picked[f]);
            string name = Path.GetRelativePath(StdlibDir, picked[f]);
            var rng = new Random(unchecked(seed * 7919 + f));
            for (int m = 0; m < MutantsPerFile && !fuzz.GiveUp; m++)
                fuzz.Check($"stdlib{f:00}-mutant{m:00} ({name})", Mutate(rng, original));
            // A whole file stops at its first error; a few lines at a time reach many more error paths.
            for (int m = 0; m < MutantsPerFile && !fuzz.GiveUp; m++)
                fuzz.Check($"stdlib{f:00}-lines{m:00} ({name})", Mutate(rng, SomeLines(rng, original), maxEdits: 2));
        }
        _output.WriteLine(fuzz.Summary($"{picked.Count} files × {MutantsPerFile} mutants (+ as many of a few lines)"));
        fuzz.AssertNoFailures();
    }

    // ---- Part 2: random bytes and token soups ----

    [Fact]
    public void RandomBytesAndTokenSoupsNeverCrashOrHang()
    {
        int seed = Seed;
        var fuzz = new FuzzRun(seed);
        var rng = new Random(seed);
        for (int i = 0; i < RandomInputs && !fuzz.GiveUp; i++)
        {
            byte[] input = (i % 4) switch
            {
                0 => RandomBytes(rng, rng.Next(0, 400)),
                1 => RandomPrintable(rng, rng.Next(0, 400)),
                2 => TokenSoup(rng, rng.Next(1, 250)),
                _ => TokenSoup(rng, rng.Next(1, 30)), // short: more of them get past the first tokens
            };
            fuzz.Check($"random{i:000}", input);
        }
        _output.WriteLine(fuzz.Summary($"{RandomInputs} random inputs"));
        fuzz.AssertNoFailures();
    }

    // ---- Inputs the fuzzing found (minimized) ----

    /// <summary>Each input is written with C# escapes (\n, \uFFFE), unescaped by Regex.Unescape, so that
    /// test names stay ASCII.</summary>
    [Theory]
    [InlineData(@"f(x async)\n")] // was ArgumentOutOfRangeException in ParseArguments (fixed in 67cc21c)
    [InlineData(@"f(a, x async)\n")]
    [InlineData(@"f(x async if y)\n")]
    [InlineData(@"class A(x async): pass\n")]
    [InlineData(@"\uFFFE\n")] // ArgumentException from string.Normalize (ICU) in Tokenizer.VerifyIdentifier
    [InlineData(@"a\uFFFE = 1\n")]
    [InlineData(@"f'{a\uFFFE}'\n")]
    public void FoundInputsRaiseSyntaxError(string escaped)
    {
        byte[] source = Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Unescape(escaped));
        var fuzz = new FuzzRun(0);
        fuzz.Check("found", source);
        fuzz.AssertNoFailures();
        Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseFile(source, "<found>"));
    }

    // ---- Part 3: deep nesting, through the CLI ----

    private enum Expect
    {
        /// <summary>CPython parses it: exit 0.</summary>
        Parses,

        /// <summary>CPython raises the given error: exit 1, stderr ends with that line (a prefix of it).</summary>
        Error,

        /// <summary>
        /// CPython gives up (its parser's MemoryError, or RecursionError): exit 1 and a SyntaxError (what
        /// Adder's nesting guard raises), MemoryError or RecursionError line, never a crash.
        /// </summary>
        TooDeep,

        /// <summary>
        /// CPython gives up only past its own limits, which Adder need not copy: exit 0, or exit 1 with an
        /// error line; never a crash.
        /// </summary>
        NoCrash,
    }

    private sealed record DeepCase(Func<string> Source, Expect Expect, string? Error = null);

    private static string Rep(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static string Nest(Func<int, string> line, int levels, string last) =>
        string.Concat(Enumerable.Range(0, levels).Select(line)) + new string(' ', levels) + last;

    private const string TooManyParens = "SyntaxError: too many nested parentheses";

    private static readonly Dictionary<string, DeepCase> DeepCases = new()
    {
        // The tokenizer's limit of 200 open brackets (CPython: MAXLEVEL).
        ["parens_5000"] = new(() => Rep("(", 5000) + Rep(")", 5000) + "\n", Expect.Error, TooManyParens),
        ["unclosed_parens_5000"] = new(() => Rep("(", 5000) + "\n", Expect.Error, TooManyParens),
        ["brackets_5000"] = new(() => Rep("[", 5000) + Rep("]", 5000) + "\n", Expect.Error, TooManyParens),
        ["braces_5000"] = new(() => Rep("{", 5000) + Rep("}", 5000) + "\n", Expect.Error, TooManyParens),
        ["mixed_brackets_3000"] = new(() => Rep("([{", 1000) + Rep("}])", 1000) + "\n", Expect.Error, TooManyParens),
        ["parens_201"] = new(() => Rep("(", 201) + "1" + Rep(")", 201) + "\n", Expect.Error, TooManyParens),
        ["nested_calls_3000"] = new(() => "f(" + Rep("a=f(", 3000) + Rep(")", 3001) + "\n", Expect.Error, TooManyParens),
        ["parens_199"] = new(() => Rep("(", 199) + "1" + Rep(")", 199) + "\n", Expect.Parses),
        ["call_nest_150"] = new(() => Rep("f(", 150) + Rep(")", 150) + "\n", Expect.Parses),
        ["comprehension_nest_150"] = new(() => Rep("[x for x in ", 150) + "y" + Rep("]", 150) + "\n", Expect.Parses),

        // Indentation (CPython: MAXINDENT 100).
        ["indent_200"] = new(() => Nest(i => new string(' ', i) + "if x:\n", 200, "pass\n"), Expect.Error,
            "IndentationError: too many levels of indentation"),
        ["indent_99"] = new(() => Nest(i => new string(' ', i) + "if x:\n", 99, "pass\n"), Expect.Parses),
        ["class_nest_99"] = new(() => Nest(i => new string(' ', i) + "class A:\n", 99, "pass\n"), Expect.Parses),

        ["fstring_spec_nest"] = new(() => "f'{x:{x:{x:{x}}}}'\n", Expect.Error,
            "SyntaxError: f-string: expressions nested too deeply"),

        // Recursion in the parser with no bracket: CPython's parser stops at 6000 levels of its own
        // stack (MemoryError, about 3000 operators) or in AST construction (RecursionError).
        ["unary_minus_100000"] = new(() => Rep("-", 100000) + "1\n", Expect.TooDeep),
        ["unary_tilde_100000"] = new(() => Rep("~", 100000) + "1\n", Expect.TooDeep),
        ["unary_mixed_100000"] = new(() => Rep("-+~", 33334) + "1\n", Expect.TooDeep),
        ["not_100000"] = new(() => Rep("not ", 100000) + "x\n", Expect.TooDeep),
        ["not_3000"] = new(() => Rep("not ", 3000) + "x\n", Expect.TooDeep),
        ["if_else_10000"] = new(() => Rep("a if b else ", 10000) + "c\n", Expect.TooDeep),
        ["lambda_if_else_100000"] = new(() => Rep("lambda: 1 if x else ", 100000) + "0\n", Expect.TooDeep),
        ["lambda_100000"] = new(() => Rep("lambda: ", 100000) + "0\n", Expect.TooDeep),
        ["lambda_defaults_2000"] = new(() => Rep("lambda a=(", 2000) + "1" + Rep(")", 2000) + ": 0\n", Expect.TooDeep),
        ["power_100000"] = new(() => "2" + Rep("**2", 100000) + "\n", Expect.TooDeep),
        ["power_negative_100000"] = new(() => "2" + Rep("**-2", 100000) + "\n", Expect.TooDeep),
        ["await_power_100000"] = new(() => "async def f():\n    " + Rep("await x**", 100000) + "1\n", Expect.TooDeep),
        ["elif_100000"] = new(() => "if a: pass\n" + Rep("elif b: pass\n", 100000), Expect.TooDeep),
        ["nested_tuples_5000"] = new(() => Rep("(1,", 5000) + Rep(")", 5000) + "\n", Expect.TooDeep),

        // Deep but left-recursive (loops in the parser): the AST is as deep as the chain is long, and
        // CPython's AST construction gives up on it (RecursionError); Dump() must not overflow either.
        ["binop_chain_200000"] = new(() => "1" + Rep("+1", 200000) + "\n", Expect.NoCrash),
        ["attribute_chain_200000"] = new(() => "x" + Rep(".a", 200000) + "\n", Expect.NoCrash),
        ["call_chain_200000"] = new(() => "x" + Rep("()", 200000) + "\n", Expect.NoCrash),
        ["subscript_chain_200000"] = new(() => "x" + Rep("[0]", 200000) + "\n", Expect.NoCrash),
        ["lambda_10000"] = new(() => Rep("lambda: ", 10000) + "0\n", Expect.NoCrash),
        ["elif_10000"] = new(() => "if a: pass\n" + Rep("elif b: pass\n", 10000), Expect.NoCrash),
        ["power_20000"] = new(() => "2" + Rep("**2", 20000) + "\n", Expect.NoCrash),

        // Long but flat: CPython parses these.
        ["unary_minus_900"] = new(() => Rep("-", 900) + "1\n", Expect.Parses),
        ["assign_chain_10000"] = new(() => Rep("x = ", 10000) + "1\n", Expect.Parses),
        ["implicit_concat_50000"] = new(() => Rep("'a' ", 50000) + "\n", Expect.Parses),
        ["compare_chain_50000"] = new(() => "x" + Rep(" < x", 50000) + "\n", Expect.Parses),
        ["and_chain_50000"] = new(() => "x" + Rep(" and x", 50000) + "\n", Expect.Parses),
        ["decorators_20000"] = new(() => Rep("@d\n", 20000) + "def f(): pass\n", Expect.Parses),
        ["with_items_20000"] = new(() => "with " + string.Join(", ", Enumerable.Repeat("a", 20000)) + ": pass\n", Expect.Parses),
        ["line_continuations_50000"] = new(() => "x = 1" + Rep(" \\\n", 50000) + "\n", Expect.Parses),
        ["semicolons_50000"] = new(() => Rep("x;", 50000) + "\n", Expect.Parses),
        ["import_dots_50000"] = new(() => "from " + Rep(".", 50000) + " import x\n", Expect.Parses),
    };

    public static TheoryData<string> DeepCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in DeepCases.Keys)
            data.Add(name);
        return data;
    }

    private static readonly Lazy<string?> CliBuildError = new(BuildCli);

    /// <summary>Builds the CLI once (the launcher rebuilds when sources changed); null when it worked.</summary>
    private static string? BuildCli()
    {
        var (exit, _, stderr, timedOut) = RunProcess(Path.Combine(RepoRoot, "adder"), [], TimeSpan.FromMinutes(10),
            ("ADDER_BUILD_ONLY", "1"));
        if (timedOut)
            return "building the CLI (ADDER_BUILD_ONLY=1 ./adder) took over 10 minutes";
        return exit == 0 ? null : $"building the CLI (ADDER_BUILD_ONLY=1 ./adder) failed (exit {exit}):\n{Tail(stderr, 40)}";
    }

    [Theory]
    [MemberData(nameof(DeepCaseNames))]
    public void DeepNestingFailsCleanlyInTheCli(string name)
    {
        if (CliBuildError.Value is string buildError)
            Assert.Fail(buildError);
        DeepCase c = DeepCases[name];
        string dir = Path.Combine(Path.GetTempPath(), "adder-fuzz");
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, $"deep-{name}.py");
        File.WriteAllText(file, c.Source(), new UTF8Encoding(false));

        var (exit, _, stderr, timedOut) = RunProcess(Path.Combine(RepoRoot, "adder"), ["--dump-ast", file],
            TimeSpan.FromSeconds(60));
        string last = stderr.TrimEnd('\n').Split('\n')[^1];
        string Describe() =>
            $"{name} ({file}): adder --dump-ast exited {(timedOut ? "(killed: over 60 s)" : exit.ToString())}, "
            + $"expected {c.Expect}{(c.Error is null ? "" : $" '{c.Error}'")}; stderr:\n{Head(stderr, 12)}"
            + (stderr.Count(ch => ch == '\n') > 12 ? $"\n...\n{Tail(stderr, 4)}{RepeatedFrames(stderr)}" : "");

        Assert.False(timedOut, Describe());
        bool errorLine = System.Text.RegularExpressions.Regex.IsMatch(last, @"^[A-Za-z]*Error(: \S|$)");
        bool ok = c.Expect switch
        {
            Expect.Parses => exit == 0,
            Expect.Error => exit == 1 && last.StartsWith(c.Error!, StringComparison.Ordinal),
            Expect.TooDeep => exit == 1 && System.Text.RegularExpressions.Regex.IsMatch(
                last, @"^(SyntaxError|MemoryError|RecursionError)(: \S|$)"),
            Expect.NoCrash => exit == 0 || (exit == 1 && errorLine),
            _ => false,
        };
        Assert.True(ok, Describe());
    }

    // ---- The in-process harness ----

    /// <summary>Runs inputs through ParseFile (and Dump) one at a time and collects distinct failures.</summary>
    private sealed class FuzzRun(int seed)
    {
        private const int MaxHangs = 3;
        private readonly Dictionary<string, (string Report, int Count)> _failures = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _inputs, _parsed, _syntaxErrors, _hangs;

        public bool GiveUp => _hangs >= MaxHangs;

        public void Check(string caseName, byte[] input)
        {
            _inputs++;
            string stage = "ParseFile";
            Exception? error = null;
            bool parsed = false;
            var thread = new Thread(() =>
            {
                try
                {
                    var module = PythonParser.ParseFile(input, "<fuzz>");
                    stage = "Dump";
                    module.Dump();
                    parsed = true;
                }
                catch (PythonSyntaxError)
                {
                }
                catch (Exception e)
                {
                    error = e;
                }
            }, ParseStackSize) { IsBackground = true, Name = "fuzz-parse" };
            thread.Start();
            if (!thread.Join(Timeout))
            {
                // The thread cannot be stopped; it is a background thread, so it will not keep the test
                // host alive. A few hangs are enough to report.
                _hangs++;
                Record(caseName, input, $"hang in {stage}", $"still running after {Timeout.TotalSeconds:0} s", null);
                return;
            }
            if (error is not null)
                Record(caseName, input, $"{error.GetType().FullName} in {stage}", error.Message, error);
            else if (parsed)
                _parsed++;
            else
                _syntaxErrors++;
        }

        private void Record(string caseName, byte[] input, string what, string message, Exception? e)
        {
            string[] frames = (e?.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            string key = what + " @ " + (frames.Length > 0 ? frames[0].Trim() : "");
            if (_failures.TryGetValue(key, out var seen))
            {
                _failures[key] = (seen.Report, seen.Count + 1);
                return;
            }
            string dir = Path.Combine(Path.GetTempPath(), "adder-fuzz");
            Directory.CreateDirectory(dir);
            string file = Path.Combine(dir, $"seed{seed}-{caseName.Split(' ')[0]}.py");
            File.WriteAllBytes(file, input);
            string report = $"{what}: {message}\n  case {caseName}, seed {seed} (ADDER_FUZZ_SEED), "
                + $"input ({input.Length} bytes) saved to {file}\n"
                + string.Join("\n", frames.Take(8).Select(f => "    " + f.Trim()));
            _failures[key] = (report, 1);
        }

        public string Summary(string what) =>
            $"{what}, seed {seed}: {_inputs} inputs in {_clock.Elapsed.TotalSeconds:0.0} s: {_parsed} parsed, "
            + $"{_syntaxErrors} SyntaxError, {_failures.Values.Sum(f => f.Count)} failures ({_failures.Count} distinct)";

        public void AssertNoFailures()
        {
            if (_failures.Count == 0)
                return;
            var sb = new StringBuilder();
            sb.Append($"{_failures.Count} distinct failure(s) (seed {seed}):\n");
            foreach (var (report, count) in _failures.Values)
                sb.Append($"\n[{count} input(s)] {report}\n");
            Assert.Fail(sb.ToString());
        }
    }

    // ---- Inputs ----

    private static readonly byte[][] Tokens = BuildTokens();

    private static byte[][] BuildTokens()
    {
        string[] text =
        [
            "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "**", "*", "@", "+", "-",
            "~", "<<", ">>=", "!=", "<>", "!", "$", "?", "`",
            "'", "\"", "'''", "\"\"\"", "\\", "\\\n", "\t", "\n", "\r", "\r\n", "\f", " ", "    ", "\v",
            "f\"{", "f'{", "f'''{", "f\"{x!r:>{w}}\"", "{{", "}}", "!r", "!z", "rb'", "br\"", "u'", "fr'", "Rf\"", "b'\\xff'",
            "'\\N{", "'\\N{LATIN SMALL LETTER A}'", "'\\u12", "'\\777'", "\"\\", "#", "# type: ignore", "# type: int\n",
            "lambda", "match", "case", "_", "type", "async", "await", "yield", "def", "class", "if", "else", "elif",
            "for", "in", "not", "is", "and", "or", "return", "global", "nonlocal", "del", "import", "from", "as", "with",
            "try", "except", "except*", "finally", "raise", "assert", "pass", "break", "continue", "while", "print",
            "None", "True", "False", "__debug__", "__peg_parser__",
            "0", "1", "0x", "0xg", "1e", "1e+", "1_000", "1__0", "0b2", "0o8", "1.5j", "09", "00", "1.e5", ".5",
            "x", "é", "𝔘𝔫𝔦", "\u00a0", "\u2028", "\u200b", "ℌ", "x\u0301", "\uFFFE", "\uFFFF", "\uFDD0", "\U0001FFFE",
            "# -*- coding: latin-1 -*-\n", "# coding: utf-8\n", "# coding: bogus\n", "# vim: set fileencoding=cp1252 :\n",
        ];
        var tokens = text.Select(Encoding.UTF8.GetBytes).ToList();
        // Bytes that are not UTF-8: NUL, a lone continuation byte, an overlong '/', a UTF-16 surrogate,
        // a truncated sequence, past U+10FFFF, a BOM in the middle, 0xFF.
        tokens.AddRange(
        [
            [0], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF],
            [0xFF], [0xFE, 0xFF], [0x1B], [0x7F],
        ]);
        return [.. tokens];
    }

    private static readonly byte[] Interesting =
        [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x22, 0x23, 0x27, 0x28, 0x29, 0x3A, 0x5C, 0x7B, 0x7D,
         0x80, 0xBF, 0xC0, 0xC3, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF];

    private static byte RandomByte(Random rng) => rng.Next(3) switch
    {
        0 => (byte)rng.Next(256),
        1 => Interesting[rng.Next(Interesting.Length)],
        _ => (byte)rng.Next(0x20, 0x7F),
    };

    private static byte[] RandomBytes(Random rng, int length)
    {
        var b = new byte[length];
        for (int i = 0; i < length; i++)
            b[i] = RandomByte(rng);
        return b;
    }

    private static byte[] RandomPrintable(Random rng, int length)
    {
        const string chars = "abcxyz_019 \t\n()[]{}:;,.=+-*/%<>!~^&|@'\"#\\";
        var b = new byte[length];
        for (int i = 0; i < length; i++)
            b[i] = (byte)chars[rng.Next(chars.Length)];
        return b;
    }

    private static byte[] TokenSoup(Random rng, int count)
    {
        var b = new List<byte>();
        string[] gaps = [" ", " ", " ", "", "\n", "\n    ", "\n\t", "  "];
        for (int i = 0; i < count; i++)
        {
            b.AddRange(Tokens[rng.Next(Tokens.Length)]);
            b.AddRange(Encoding.ASCII.GetBytes(gaps[rng.Next(gaps.Length)]));
        }
        return [.. b];
    }

    /// <summary>1 to 5 consecutive lines of <paramref name="source"/>, their common indentation removed.</summary>
    private static byte[] SomeLines(Random rng, byte[] source)
    {
        string[] lines = Encoding.UTF8.GetString(source).Split('\n');
        int first = rng.Next(lines.Length);
        var picked = lines.Skip(first).Take(rng.Next(1, 6)).ToList();
        int indent = picked.Where(l => l.Trim().Length > 0)
            .Select(l => l.Length - l.TrimStart(' ', '\t').Length).DefaultIfEmpty(0).Min();
        return Encoding.UTF8.GetBytes(string.Join("\n", picked.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())) + "\n");
    }

    /// <summary>1 to <paramref name="maxEdits"/> random edits: delete, insert a token or random bytes, duplicate, swap, overwrite, truncate.</summary>
    private static byte[] Mutate(Random rng, byte[] original, int maxEdits = 4)
    {
        var b = new List<byte>(original);
        int edits = rng.Next(1, maxEdits + 1);
        for (int e = 0; e < edits; e++)
        {
            int len = b.Count;
            int Pos() => rng.Next(len + 1);
            int Span(int at) => Math.Min(len - at, rng.Next(1, rng.Next(2) == 0 ? 8 : 200));
            switch (rng.Next(8))
            {
                case 0: // delete a range
                    if (len > 0)
                    {
                        int at = rng.Next(len);
                        b.RemoveRange(at, Span(at));
                    }
                    break;
                case 1:
                case 2: // insert a token
                    b.InsertRange(Pos(), Tokens[rng.Next(Tokens.Length)]);
                    break;
                case 3: // insert random bytes
                    b.InsertRange(Pos(), RandomBytes(rng, rng.Next(1, 9)));
                    break;
                case 4: // duplicate a range
                    if (len > 0)
                    {
                        int at = rng.Next(len);
                        var copy = b.GetRange(at, Span(at));
                        b.InsertRange(Pos(), copy);
                    }
                    break;
                case 5: // swap two ranges
                    if (len > 2)
                    {
                        int x = rng.Next(len - 1);
                        int xl = Math.Min(Span(x), (len - x) / 2);
                        if (xl < 1)
                            break;
                        int y = rng.Next(x + xl, len);
                        int yl = Math.Min(len - y, xl + rng.Next(-xl / 2, xl + 1));
                        if (yl < 1)
                            break;
                        var first = b.GetRange(x, xl);
                        var second = b.GetRange(y, yl);
                        b.RemoveRange(y, yl);
                        b.InsertRange(y, first);
                        b.RemoveRange(x, xl);
                        b.InsertRange(x, second);
                    }
                    break;
                case 6: // overwrite one byte
                    if (len > 0)
                        b[rng.Next(len)] = RandomByte(rng);
                    break;
                default: // truncate
                    if (len > 0)
                    {
                        int at = rng.Next(len);
                        b.RemoveRange(at, len - at);
                    }
                    break;
            }
        }
        return [.. b];
    }

    // ---- Processes ----

    private static (int Exit, string Stdout, string Stderr, bool TimedOut) RunProcess(string exe, string[] args,
        TimeSpan timeout, params (string Name, string Value)[] env)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        foreach (string a in args)
            psi.ArgumentList.Add(a);
        foreach (var (name, value) in env)
            psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        // Read both pipes concurrently (a dump can be megabytes); stdout is only counted.
        var stdoutTask = p.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderrTask = p.StandardError.ReadToEndAsync();
        bool exited = p.WaitForExit(timeout);
        if (!exited)
        {
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            p.WaitForExit();
        }
        Task.WaitAll([stdoutTask, stderrTask], TimeSpan.FromSeconds(30));
        return (p.ExitCode, "", stderrTask.IsCompletedSuccessfully ? stderrTask.Result : "", !exited);
    }

    /// <summary>For a stack overflow's trace: the frames that repeat most, i.e. the unguarded recursion.</summary>
    private static string RepeatedFrames(string stderr)
    {
        var top = stderr.Split('\n')
            .Where(l => l.StartsWith("   at ", StringComparison.Ordinal))
            .Select(l => l[6..].Split('(')[0])
            .GroupBy(f => f)
            .Where(g => g.Count() > 100)
            .OrderByDescending(g => g.Count())
            .Take(4)
            .Select(g => $"{g.Key} ×{g.Count()}")
            .ToList();
        return top.Count == 0 ? "" : "\nmost repeated frames: " + string.Join(", ", top);
    }

    private static string Head(string text, int lines) =>
        string.Join("\n", text.Split('\n').Take(lines));

    private static string Tail(string text, int lines) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').TakeLast(lines));

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
