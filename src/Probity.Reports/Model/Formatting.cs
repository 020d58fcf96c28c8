using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Ratings;

namespace Probity.Reports.Model;

/// <summary>The house style for numbers, dates and ratings.</summary>
public static class Formatting
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"Monday 16 September 2019".</summary>
    public static string LongDate(DateOnly date) => $"{date.DayOfWeek} {date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"February 2020" from "2020-02".</summary>
    public static string? Month(string? yearMonth) =>
        yearMonth is { Length: 7 } && int.TryParse(yearMonth[..4], out var y) && int.TryParse(yearMonth[5..], out var m) && m is >= 1 and <= 12
            ? $"{Months[m - 1]} {y}"
            : null;

    /// <summary>
    /// A supplied figure as printed: its own decimals, never re-rounded (2.84, 90.45, 5.9), a thousands separator for
    /// larger numbers (3,534) (spec §7.2).
    /// </summary>
    public static string Decimal(decimal value)
    {
        var scale = value.Scale;
        return value.ToString("N" + scale, English);
    }

    public static string Figure(decimal value, string? unit) => unit switch
    {
        "percent" => Decimal(value) + "%",
        "GBP million" => "£" + Decimal(value) + "m",
        _ => Decimal(value),
    };

    public static string RatingName(Rating? rating) => rating?.DisplayName() ?? ReportTexts.NoRating;

    /// <summary>A CSS class per rating, so the ratings page can shade them (and print stays legible in grey).</summary>
    public static string RatingClass(Rating? rating) => rating switch
    {
        Rating.Outstanding => "rating-outstanding",
        Rating.Good => "rating-good",
        Rating.RequiresImprovement => "rating-requires-improvement",
        Rating.Inadequate => "rating-inadequate",
        _ => "rating-none",
    };

    /// <summary>"the CRC", "the PDU": how the report names the kind of provider.</summary>
    public static string TypeNoun(ProviderType type) => type switch
    {
        ProviderType.Region => "region",
        _ => type.ToString(),
    };

    /// <summary>Joins "a; b; and c" as the sample paragraphs list the elements inspected.</summary>
    public static string JoinSemicolons(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join("; ", items.Take(items.Count - 1)) + "; and " + items[^1],
    };

    /// <summary>Joins "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
