using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Probity.Web.Forms;

/// <summary>
/// A GOV.UK date input as typed (<c>{name}-day</c>, <c>-month</c>, <c>-year</c>), and the date it means: the one way the
/// app reads a date typed in three parts.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrEmpty(Day) && string.IsNullOrEmpty(Month) && string.IsNullOrEmpty(Year);

    /// <summary>The date, or null when the parts are empty or are not a real date between 2000 and 2100.</summary>
    public DateOnly? Value =>
        int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d) : null;

    public string? Part(string part) => part switch { "day" => Day, "month" => Month, _ => Year };

    public static DateParts From(DateOnly? date) => new()
    {
        Day = date?.Day.ToString(CultureInfo.InvariantCulture) ?? "",
        Month = date?.Month.ToString(CultureInfo.InvariantCulture) ?? "",
        Year = date?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
    };
}
