using System.Globalization;
using Microsoft.AspNetCore.Http;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>The fields of a meeting or focus group as typed (kept exactly, to show again on any error) and what they mean.</summary>
public sealed class MeetingForm
{
    public Dictionary<string, string> Values { get; } = [];

    public static IReadOnlyList<(string, string)> KindOptions { get; } = MeetingKindNames.AllTokens
        .Select(t => (t, char.ToUpperInvariant(t[0]) + t[1..].Replace('-', ' '))).ToList();

    public string? this[string field] => Values.GetValueOrDefault(field);

    public static MeetingForm From(Meeting meeting)
    {
        var form = new MeetingForm();
        form.Values["kind"] = meeting.Kind.Token();
        form.Values["date-day"] = meeting.Date?.Day.ToString(CultureInfo.InvariantCulture) ?? "";
        form.Values["date-month"] = meeting.Date?.Month.ToString(CultureInfo.InvariantCulture) ?? "";
        form.Values["date-year"] = meeting.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        form.Values["description"] = meeting.Description;
        form.Values["attendees"] = meeting.Attendees?.ToString(CultureInfo.InvariantCulture) ?? "";
        form.Values["notes"] = meeting.Notes ?? "";
        return form;
    }

    public static MeetingForm From(IFormCollection posted)
    {
        var form = new MeetingForm();
        foreach (var (key, value) in posted) form.Values[key] = value.ToString().Trim();
        return form;
    }

    /// <summary>The meeting, or null with every problem added to <paramref name="errors"/>.</summary>
    public Meeting? Read(FormErrors errors)
    {
        if (!MeetingKindNames.TryParse(this["kind"], out var kind)) errors.Add("kind", "Select the kind of meeting");
        DateOnly? date = null;
        var (d, m, y) = (this["date-day"], this["date-month"], this["date-year"]);
        if (!string.IsNullOrEmpty(d + m + y))
        {
            if (int.TryParse(d, out var dd) && int.TryParse(m, out var mm) && int.TryParse(y, out var yy) && yy is >= 2000 and <= 2100
                && mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy, mm)) date = new DateOnly(yy, mm, dd);
            else errors.Add("date-day", "Date of the meeting must be a real date, like 27 3 2019");
        }
        if (string.IsNullOrEmpty(this["description"])) errors.Add("description", "Enter a description of the meeting");
        int? attendees = null;
        if (this["attendees"] is { Length: > 0 } a)
        {
            if (int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) attendees = n;
            else errors.Add("attendees", "Attendees must be a whole number, like 8");
        }
        if (errors.Any) return null;
        return new Meeting(kind, this["description"]!) { Date = date, Attendees = attendees, Notes = this["notes"] is { Length: > 0 } notes ? notes : null };
    }
}
