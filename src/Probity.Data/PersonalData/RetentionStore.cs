using System.Globalization;
using Probity.Data.Sql;

namespace Probity.Data.PersonalData;

/// <summary>A published inspection kept longer than the retention period: to be reviewed (kept with a reason, or its case text erased).</summary>
public sealed record RetentionDue(long InspectionId, string? Reference, string Provider, DateOnly Published, int AgeMonths)
{
    /// <summary>"7 years 2 months".</summary>
    public string Age => AgeMonths % 12 == 0 ? Years(AgeMonths / 12) : $"{Years(AgeMonths / 12)} {AgeMonths % 12} month{(AgeMonths % 12 == 1 ? "" : "s")}";

    private static string Years(int years) => $"{years} year{(years == 1 ? "" : "s")}";
}

/// <summary>
/// How long a published inspection's records are kept before review: <c>PROBITY_RETENTION_YEARS</c>, six years by default
/// (a provider may challenge a rating, and later inspections compare with it, for about one inspection cycle and the next).
/// </summary>
public static class RetentionPeriod
{
    public const string Variable = "PROBITY_RETENTION_YEARS";
    public const int DefaultYears = 6;

    /// <summary>The period in whole years; a value that is not a whole number from 1 to 100 is refused, naming the variable.</summary>
    public static int YearsFromEnvironment(Func<string, string?>? environment = null)
    {
        var text = (environment ?? Environment.GetEnvironmentVariable)(Variable);
        if (string.IsNullOrWhiteSpace(text)) return DefaultYears;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= 100
            ? years
            : throw new FormatException($"{Variable} must be a whole number of years from 1 to 100, not \"{text}\"");
    }
}

/// <summary>The published inspections older than the retention period, oldest first.</summary>
public sealed class RetentionStore
{
    private readonly Database _database;
    private readonly TimeProvider _clock;

    internal RetentionStore(Database database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    /// <summary>
    /// Published inspections published at least <paramref name="years"/> ago. Published is the day Probity moved it to
    /// published (its audit entry), else the first day of the month its dataset says it was published.
    /// </summary>
    public Task<IReadOnlyList<RetentionDue>> DueForReviewAsync(int years, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<RetentionDue>>(async session =>
        {
            var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
            var rows = await session.QueryAsync(
                "select i.id, i.reference, p.name, i.published, (select max(a.at) from audit_log a where a.inspection_id = i.id and a.entity = 'inspection' " +
                "and a.action = 'change-status') as moved from inspections i join providers p on p.id = i.provider_id where i.status = 'published'",
                r => (Id: r.Id("id"), Reference: r.Text("reference"), Provider: r.Required("name"), Month: r.Text("published"), Moved: r.Timestamp("moved")), ct);
            return rows
                .Select(r => (r.Id, r.Reference, r.Provider, Published: r.Moved is { } m ? DateOnly.FromDateTime(m.UtcDateTime) : Month(r.Month)))
                .Where(r => r.Published is { } p && p.AddYears(years) <= today)
                .Select(r => new RetentionDue(r.Id, r.Reference, r.Provider, r.Published!.Value, Months(r.Published.Value, today)))
                .OrderBy(r => r.Published).ThenBy(r => r.InspectionId).ToList();
        }, ct);

    private static DateOnly? Month(string? text) =>
        text is { Length: >= 7 } && DateOnly.TryParseExact(text[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int Months(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
}
