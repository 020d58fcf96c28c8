using System.Globalization;

namespace Probity.Core.Analysis;

/// <summary>
/// An inspection programme year, "2019/20": the annual report's unit of comparison ("year 1" 2018/19, "year 2" 2019/20).
/// Years run April to March unless an inspection names its year, since a round can run past March (seed 001, §1.2).
/// </summary>
public readonly record struct ProgrammeYear(int StartYear) : IComparable<ProgrammeYear>
{
    public static ProgrammeYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The inspection's named year, else the April-to-March year its fieldwork started in, else none.</summary>
    public static ProgrammeYear? For(string? named, DateOnly? fieldworkStart) =>
        named is not null && TryParse(named, out var year) ? year : fieldworkStart is { } start ? Of(start) : null;

    public static ProgrammeYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"\"{text}\" is not a programme year such as 2019/20");

    public static bool TryParse(string? text, out ProgrammeYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '/') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)) return false;
        if (end != (start + 1) % 100) return false;
        year = new ProgrammeYear(start);
        return true;
    }

    public DateOnly FirstDay => new(StartYear, 4, 1);
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    public int CompareTo(ProgrammeYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(ProgrammeYear left, ProgrammeYear right) => left.CompareTo(right) < 0;
    public static bool operator <=(ProgrammeYear left, ProgrammeYear right) => left.CompareTo(right) <= 0;
    public static bool operator >(ProgrammeYear left, ProgrammeYear right) => left.CompareTo(right) > 0;
    public static bool operator >=(ProgrammeYear left, ProgrammeYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:D2}";
}
