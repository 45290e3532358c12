using System.Text;
using Adder.Parser;

namespace Adder.Cli;

/// <summary>The <c>adder</c> command line, modelled on <c>python</c>'s.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try
        {
            if (args.Length >= 1 && args[0] == "--version")
            {
                stdout.WriteLine("Adder 0.1 (Python 3.11)");
                return 0;
            }
            if (args.Length >= 1 && args[0] == "--dump-ast")
                return DumpAst(args.AsSpan(1), stdout, check: false);
            if (args.Length == 2 && args[0] == "--dis")
                return Disassemble(args[1], stdout);
            if (args.Length >= 1 && args[0] == "--check")
                return DumpAst(args.AsSpan(1), stdout, check: true);
            if (args.Length >= 2 && args[0] == "-c" || args.Length >= 1 && !args[0].StartsWith('-'))
            {
                int status = args[0] == "-c" ? RunCommand(args[1], args.AsSpan(2), stdout) : RunScript(args[0], args.AsSpan(1), stdout);
                if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ADDER_STATS")))
                {
                    stdout.Flush();
                    Adder.Hosting.RuntimeStatistics.Report(Console.Error);
                }
                return status;
            }
            Console.Error.WriteLine("usage: adder FILE.py [ARG...]      run a program");
            Console.Error.WriteLine("       adder -c COMMAND [ARG...]   run the program passed as a string");
            Console.Error.WriteLine("       adder --dump-ast FILE...   print each file's AST as CPython's ast.dump() would");
            Console.Error.WriteLine("       adder --check FILE...      report the first error compile() would raise");
            Console.Error.WriteLine("       adder --dis FILE           print the bytecode of FILE and its nested code objects");
            return 2;
        }
        finally
        {
            stdout.Flush();
        }
    }

    private static int Disassemble(string file, StreamWriter stdout)
    {
        string path = Path.GetFullPath(file);
        try
        {
            var module = Adder.Compiler.SyntaxChecker.Check(File.ReadAllBytes(path), path);
            stdout.Write(Adder.Bytecode.Disassembler.Disassemble(Adder.Compiler.CodeGenerator.CompileModule(module, path)));
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            stdout.Flush();
            Console.Error.Write(ErrorReport.Format(e));
            return 1;
        }
        catch (Adder.Compiler.PyCompileError e)
        {
            stdout.Flush();
            Console.Error.WriteLine("NotImplementedError: " + e.Message);
            return 1;
        }
    }

    private static int RunScript(string file, ReadOnlySpan<string> scriptArgs, StreamWriter stdout)
    {
        string path = Path.GetFullPath(file);
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"adder: can't open file '{path}': [Errno 2] {e.Message}");
            return 2;
        }
        return Run(source, path, file, scriptArgs, Path.GetDirectoryName(path)!, stdout);
    }

    /// <summary><c>-c COMMAND</c>: the command runs as "&lt;string&gt;", with sys.argv[0] "-c" and the current
    /// directory ("") first on sys.path, as <c>python -c</c> does.</summary>
    private static int RunCommand(string command, ReadOnlySpan<string> scriptArgs, StreamWriter stdout) =>
        Run(Encoding.UTF8.GetBytes(command), "<string>", "-c", scriptArgs, "", stdout);

    private static int Run(byte[] source, string path, string argv0, ReadOnlySpan<string> scriptArgs, string pathEntry, StreamWriter stdout)
    {
        Adder.Modules.SysModule.Argv.Items.Add(new Adder.Runtime.PyStr(argv0));
        foreach (var arg in scriptArgs)
            Adder.Modules.SysModule.Argv.Items.Add(new Adder.Runtime.PyStr(arg));
        Adder.Modules.SysModule.Path.Items.Add(new Adder.Runtime.PyStr(pathEntry));
        Adder.Runtime.Builtins.Stdout = stdout;
        try
        {
            if (path != "<string>")
                SourceDecoder.CheckScriptEncoding(source, path);
            Adder.Hosting.PythonEngine.RunModule(source, path);
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            stdout.Flush();
            Console.Error.Write(ErrorReport.Format(e));
            return 1;
        }
        catch (PythonResourceError e)
        {
            stdout.Flush();
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Adder.Runtime.PyException e) when (e.Value.Type.IsSubtypeOf(Adder.Runtime.ExceptionTypes.SystemExit))
        {
            // sys.exit(code): None is success, an int is the status, anything else is printed.
            stdout.Flush();
            var args = e.Value.Args.Items;
            var code = args.Length == 0 ? Adder.Runtime.PyNone.Instance : args.Length == 1 ? args[0] : e.Value.Args;
            switch (code)
            {
                case Adder.Runtime.PyNone:
                    return 0;
                case Adder.Runtime.PyInt i:
                    return (int)(i.Value & 0xFF);
                default:
                    Console.Error.WriteLine(Adder.Runtime.Ops.Str(code));
                    return 1;
            }
        }
        catch (Adder.Runtime.PyException e)
        {
            stdout.Flush();
            Console.Error.Write(Adder.Runtime.TracebackFormatter.Format(e.Value));
            // CPython ends with SIGINT's status after an uncaught KeyboardInterrupt (what a shell shows as 130).
            return e.Value.Type.IsSubtypeOf(Adder.Runtime.ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
        }
        catch (Adder.Compiler.PyCompileError e)
        {
            stdout.Flush();
            Console.Error.WriteLine("NotImplementedError: " + e.Message);
            return 1;
        }
    }

    /// <summary>Parses each file; prints its AST, or with <paramref name="check"/> only runs compile()'s checks.</summary>
    private static int DumpAst(ReadOnlySpan<string> files, StreamWriter stdout, bool check)
    {
        foreach (string file in files)
        {
            byte[] source;
            try
            {
                source = File.ReadAllBytes(file);
            }
            catch (IOException e)
            {
                stdout.Flush();
                Console.Error.WriteLine($"adder: can't open file '{file}': [Errno 2] {e.Message}");
                return 2;
            }
            try
            {
                SourceDecoder.CheckScriptEncoding(source, Path.GetFullPath(file));
                if (check)
                {
                    Adder.Compiler.SyntaxChecker.Check(source, Path.GetFullPath(file));
                    continue;
                }
                // Like CPython 3.11, name the main script by its absolute path in errors.
                var module = PythonParser.ParseFile(source, Path.GetFullPath(file));
                stdout.Write("# ");
                stdout.WriteLine(file);
                stdout.WriteLine(module.Dump());
            }
            catch (PythonSyntaxError e)
            {
                stdout.Flush();
                Console.Error.Write(ErrorReport.Format(e));
                return 1;
            }
            catch (PythonResourceError e)
            {
                stdout.Flush();
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        }
        return 0;
    }
}
