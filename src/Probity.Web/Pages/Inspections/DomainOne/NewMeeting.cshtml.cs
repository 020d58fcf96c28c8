using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Records a meeting or focus group held during fieldwork.</summary>
public sealed class NewMeetingModel(ProbityStore store) : InspectionPage(store)
{
    public override string Title => "Add a meeting";
    public override string? BackLink => $"{BasePath}/domain-one";

    public Dictionary<string, string> Values { get; } = [];

    public static IReadOnlyList<(string, string)> KindOptions { get; } = MeetingKindNames.AllTokens
        .Select(t => (t, char.ToUpperInvariant(t[0]) + t[1..].Replace('-', ' '))).ToList();

    protected override bool MaySee() => Me.MayManageInspection;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (key, value) in Request.Form) Values[key] = value.ToString().Trim();
        if (!MeetingKindNames.TryParse(Values.GetValueOrDefault("kind"), out var kind)) Errors.Add("kind", "Select the kind of meeting");
        DateOnly? date = null;
        var (d, m, y) = (Values.GetValueOrDefault("date-day"), Values.GetValueOrDefault("date-month"), Values.GetValueOrDefault("date-year"));
        if (!string.IsNullOrEmpty(d + m + y))
        {
            if (int.TryParse(d, out var dd) && int.TryParse(m, out var mm) && int.TryParse(y, out var yy) && yy is >= 2000 and <= 2100
                && mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy, mm)) date = new DateOnly(yy, mm, dd);
            else Errors.Add("date-day", "Date of the meeting must be a real date, like 27 3 2019");
        }
        if (string.IsNullOrEmpty(Values.GetValueOrDefault("description"))) Errors.Add("description", "Enter a description of the meeting");
        int? attendees = null;
        if (Values.GetValueOrDefault("attendees") is { Length: > 0 } a)
        {
            if (int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) attendees = n;
            else Errors.Add("attendees", "Attendees must be a whole number, like 8");
        }
        if (Errors.Any) return Page();
        var meeting = new Meeting(kind, Values["description"]) { Date = date, Attendees = attendees, Notes = Values.GetValueOrDefault("notes") is { Length: > 0 } notes ? notes : null };
        try
        {
            await Store.DomainOne.AddMeetingAsync(InspectionId, meeting, Me.Actor);
            return Redirect($"{BasePath}/domain-one");
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons);
            return Page();
        }
    }
}
