using Adder.Bytecode;
using Xunit;

namespace Adder.Tests;

/// <summary>The instruction table against CPython 3.11's dis module (tests/bytecode/stack_effects.txt, generated).</summary>
public class OpcodeTableTests
{
    public static IEnumerable<object[]> Effects()
    {
        string path = Path.Combine(RepoRoot(), "tests", "bytecode", "stack_effects.txt");
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var p = line.Split(' ');
            yield return new object[] { p[0], int.Parse(p[1]), int.Parse(p[2]), int.Parse(p[3]) };
        }
    }

    [Theory]
    [MemberData(nameof(Effects))]
    public void StackEffectIsCPythons(string name, int oparg, int noJump, int jump)
    {
        var op = Enum.GetValues<Opcode>().Single(o => OpcodeInfo.Name(o) == name);
        Assert.Equal(noJump, OpcodeInfo.StackEffect(op, oparg, jump: false));
        Assert.Equal(jump, OpcodeInfo.StackEffect(op, oparg, jump: true));
    }

    [Fact]
    public void CacheSizesAreCPythons()
    {
        Assert.Equal(5, OpcodeInfo.CacheEntries(Opcode.LoadGlobal));
        Assert.Equal(10, OpcodeInfo.CacheEntries(Opcode.LoadMethod));
        Assert.Equal(0, OpcodeInfo.CacheEntries(Opcode.LoadFast));
        Assert.True(OpcodeInfo.IsJump(Opcode.PopJumpBackwardIfTrue));
        Assert.False(OpcodeInfo.HasArgument(Opcode.PopTop));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Adder.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
