using Probity.Fuzz;
using Probity.Tests.Shared;

namespace Probity.Core.Tests.Input;

/// <summary>
/// Replays every input kept in tests/fixtures/fuzz/TARGET/ through the fuzz target that found it (fuzz/FuzzTargets.cs):
/// the crashes and hangs scripts/fuzz found, and the reproducers written as inputs. Each must finish in seconds
/// without an exception; each reproducer must also be refused with at least one problem.
/// </summary>
public sealed class FuzzFindingsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            var folder = RepositoryFiles.Of("tests", "fixtures", "fuzz", target);
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray() : [])
                data.Add(target, Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public async Task A_kept_fuzz_input_is_refused_or_read_without_crashing_or_hanging(string target, string name)
    {
        var input = await File.ReadAllBytesAsync(RepositoryFiles.Of("tests", "fixtures", "fuzz", target, name));
        var problems = await Task.Run(() => FuzzTargets.Run(target, input, Path.Combine(_temp.Path, "dataset"))).WaitAsync(TimeSpan.FromSeconds(30));
        if (name.StartsWith("reproducer-", StringComparison.Ordinal)) Assert.True(problems > 0, $"{target}/{name} was accepted");
    }

    [Fact]
    public void Every_target_has_inputs_to_replay()
    {
        var findings = Findings().Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(FuzzTargets.Names.Order(), findings.Order());
    }
}
