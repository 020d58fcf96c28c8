using System.Globalization;

namespace Probity.Core.Input;

/// <summary>
/// How much Probity reads before it refuses an input: generous for real inspections, small enough that a wrong file
/// (an endless stream, a binary file, a million problems) is refused in seconds and in little memory. Core never reads
/// the environment: each host builds these values (the command line from the <c>PROBITY_MAX_…</c> variables) and
/// passes them in.
/// </summary>
public sealed record ReadingLimits
{
    public static readonly ReadingLimit FileSize = new("PROBITY_MAX_FILE_MB", 1024, "MB", "the largest CSV or XLSX file read");
    public static readonly ReadingLimit JsonFileSize = new("PROBITY_MAX_JSON_MB", 16, "MB", "the largest JSON file read (inspection.json, review.json, a framework)");
    public static readonly ReadingLimit LineLength = new("PROBITY_MAX_LINE_CHARS", 1_000_000, "characters", "the longest CSV line (record)");
    public static readonly ReadingLimit CellLength = new("PROBITY_MAX_CELL_CHARS", 100_000, "characters", "the longest CSV value");
    public static readonly ReadingLimit NarrativeLength = new("PROBITY_MAX_NARRATIVE_CHARS", 200_000, "characters", "the longest block of inspectors' text");
    public static readonly ReadingLimit Rows = new("PROBITY_MAX_ROWS", 50_000_000, "rows", "the most rows read from one CSV file");
    public static readonly ReadingLimit Problems = new("PROBITY_MAX_PROBLEMS", 1_000, "problems", "the most problems kept before reading stops");

    public static IReadOnlyList<ReadingLimit> All { get; } = [FileSize, JsonFileSize, LineLength, CellLength, NarrativeLength, Rows, Problems];

    public static ReadingLimits Default { get; } = new();

    public long MaxFileBytes { get; init; } = FileSize.Default * 1024 * 1024;
    public long MaxJsonFileBytes { get; init; } = JsonFileSize.Default * 1024 * 1024;
    public int MaxLineChars { get; init; } = (int)LineLength.Default;
    public int MaxCellChars { get; init; } = (int)CellLength.Default;
    public int MaxNarrativeChars { get; init; } = (int)NarrativeLength.Default;
    public int MaxRows { get; init; } = (int)Rows.Default;
    public int MaxProblems { get; init; } = (int)Problems.Default;

    /// <summary>The limits with one of them set, by its variable's value (in the limit's own unit).</summary>
    public ReadingLimits With(ReadingLimit limit, long value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        var bounded = (int)Math.Min(value, int.MaxValue);
        var bytes = value > long.MaxValue / (1024 * 1024) ? long.MaxValue : value * 1024 * 1024;
        if (limit == FileSize) return this with { MaxFileBytes = bytes };
        if (limit == JsonFileSize) return this with { MaxJsonFileBytes = bytes };
        if (limit == LineLength) return this with { MaxLineChars = bounded };
        if (limit == CellLength) return this with { MaxCellChars = bounded };
        if (limit == NarrativeLength) return this with { MaxNarrativeChars = bounded };
        if (limit == Rows) return this with { MaxRows = bounded };
        if (limit == Problems) return this with { MaxProblems = bounded };
        throw new ArgumentException($"{limit.Variable} is not a reading limit", nameof(limit));
    }
}

/// <summary>One limit: the environment variable that sets it, its default and what it bounds.</summary>
public sealed record ReadingLimit(string Variable, long Default, string Unit, string Description)
{
    /// <summary>The end of every refusal: which limit it was and how to raise it.</summary>
    public string HowToRaise(long value) =>
        $"the limit is {value.ToString("N0", CultureInfo.InvariantCulture)} {Unit}, {Description}; set {Variable} to raise it";
}
