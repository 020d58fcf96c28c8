using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>The fields of a meeting or focus group as typed (trimmed, and shown again on any error), and what they mean.</summary>
public sealed class MeetingForm
{
    public static IReadOnlyList<(string, string)> KindOptions { get; } = MeetingKindNames.AllTokens
        .Select(t => (t, char.ToUpperInvariant(t[0]) + t[1..].Replace('-', ' '))).ToList();

    [FromForm(Name = "kind")] public string? Kind { get; set => field = value?.Trim(); }
    [FromForm(Name = "date-day")] public string? Day { get => Date.Day; set => Date.Day = value?.Trim(); }
    [FromForm(Name = "date-month")] public string? Month { get => Date.Month; set => Date.Month = value?.Trim(); }
    [FromForm(Name = "date-year")] public string? Year { get => Date.Year; set => Date.Year = value?.Trim(); }
    [FromForm(Name = "description")] public string? Description { get; set => field = value?.Trim(); }
    [FromForm(Name = "attendees")] public string? Attendees { get; set => field = value?.Trim(); }
    [FromForm(Name = "notes")] public string? Notes { get; set => field = value?.Trim(); }
    [FromForm(Name = "version")] public int? Version { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public DateParts Date { get; } = new();

    public MeetingKind? MeetingKind => MeetingKindNames.TryParse(Kind, out var kind) ? kind : null;

    public int? AttendeeCount => int.TryParse(Attendees, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The meeting as typed; only once the validator has passed the form (a method, so that MVC's own validation never reads it).</summary>
    public Meeting ToMeeting() => new(MeetingKind!.Value, Description!)
    {
        Date = Date.Value, Attendees = AttendeeCount, Notes = Notes is { Length: > 0 } notes ? notes : null,
    };

    public static MeetingForm From(Meeting meeting, int? version)
    {
        var form = new MeetingForm
        {
            Kind = meeting.Kind.Token(), Description = meeting.Description, Attendees = meeting.Attendees?.ToString(CultureInfo.InvariantCulture) ?? "",
            Notes = meeting.Notes ?? "", Version = version,
        };
        var date = DateParts.From(meeting.Date);
        (form.Day, form.Month, form.Year) = (date.Day, date.Month, date.Year);
        return form;
    }
}

public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator()
    {
        RuleFor(f => f.MeetingKind).NotNull().WithMessage("Select the kind of meeting").OverridePropertyName("kind");
        RuleFor(f => f.Date.Value).NotNull().When(f => !f.Date.IsEmpty)
            .WithMessage("Date of the meeting must be a real date, like 27 3 2019").OverridePropertyName("date-day");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Enter a description of the meeting")
            .Within(FieldLength.Short, "The description").OverridePropertyName("description");
        RuleFor(f => f.AttendeeCount).NotNull().When(f => !string.IsNullOrEmpty(f.Attendees))
            .WithMessage("Attendees must be a whole number, like 8").OverridePropertyName("attendees");
        RuleFor(f => f.Notes).Within(FieldLength.Long, "The notes").OverridePropertyName("notes");
        this.EveryOtherTextWithin();
    }
}
