using System.Globalization;
using Probity.Core.Datasets;

namespace Probity.Core.Input;

/// <summary>
/// The most problems one reading keeps (<see cref="ReadingLimits.MaxProblems"/>): past it a reader stops, with one
/// closing problem that says where it stopped and how to see more. A file of a million broken rows is refused in the
/// time and memory of a thousand.
/// </summary>
public static class ProblemCap
{
    private const string NoteStart = "stopped reading after ";

    public static bool Reached(List<DatasetProblem> problems, ReadingLimits limits) => problems.Count >= limits.MaxProblems;

    /// <summary>Adds the problem while there is room; once the cap is reached, adds the closing note instead (once).</summary>
    public static void Add(List<DatasetProblem> problems, DatasetProblem problem, ReadingLimits limits)
    {
        if (Reached(problems, limits)) Stop(problems, problem.File, problem.Line, limits);
        else problems.Add(problem);
    }

    /// <summary>The closing note, at the place reading stopped; added once however many readers stop.</summary>
    public static void Stop(List<DatasetProblem> problems, string file, int? line, ReadingLimits limits)
    {
        if (problems.Exists(IsNote)) return;
        problems.Add(new(file, line, NoteStart
            + $"{limits.MaxProblems.ToString("N0", CultureInfo.InvariantCulture)} problems; the rest was not checked ("
            + ReadingLimits.Problems.HowToRaise(limits.MaxProblems) + ")"));
    }

    public static bool IsNote(DatasetProblem problem) => problem.Message.StartsWith(NoteStart, StringComparison.Ordinal);
}
