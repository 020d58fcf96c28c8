using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Input;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// An extract's problems as the command line prints them (<c>file:row: message</c>, values escaped and shortened by
/// <see cref="DatasetProblem"/>), few enough for an error summary: the first ones, how many more, and where reading
/// stopped if it stopped at the problem limit.
/// </summary>
public static class ShownProblems
{
    public const int MaxShown = 50;

    public static IEnumerable<string> Lines(IReadOnlyList<DatasetProblem> problems)
    {
        foreach (var p in problems.Take(MaxShown)) yield return p.ToString();
        if (problems.Count <= MaxShown) yield break;
        yield return $"… and {(problems.Count - MaxShown).ToString("N0", CultureInfo.InvariantCulture)} more problems";
        if (ProblemCap.IsNote(problems[^1])) yield return problems[^1].ToString();
    }
}
