using Probity.Core.Datasets;
using Probity.Core.Input;

namespace Probity.Cli;

/// <summary>Prints dataset problems in the contract's file:line form, on standard error, without flooding a terminal.</summary>
public static class ProblemPrinter
{
    private const int MaxShown = 200;

    public static void Print(IReadOnlyList<DatasetProblem> problems, TextWriter error, string outcome)
    {
        foreach (var p in problems.Take(MaxShown)) error.WriteLine(p);
        if (problems.Count > MaxShown) error.WriteLine($"… and {problems.Count - MaxShown} more problems");
        // Where reading stopped at the problem limit, say so however many were shown: it is how to see the rest.
        if (problems.Count > MaxShown && ProblemCap.IsNote(problems[^1])) error.WriteLine(problems[^1]);
        error.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found; {outcome}.");
    }

    public static void PrintWarnings(IReadOnlyList<DatasetProblem> warnings, TextWriter error)
    {
        foreach (var w in warnings.Take(MaxShown)) error.WriteLine($"warning: {w}");
    }
}
