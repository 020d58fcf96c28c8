using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Admin;

/// <summary>The security events list's filters, from the address: an account, a kind of event, and dates from and to (inclusive).</summary>
public sealed class SecurityEventsFilterForm
{
    [FromQuery(Name = "user")] public string? UserName { get; set => field = value?.Trim(); }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }

    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    public SecurityEventFilter Filter()
    {
        TryDate(From, out var from);
        TryDate(To, out var to);
        return new SecurityEventFilter(
            UserName is { Length: > 0 } ? UserName : null,
            SecurityEventKinds.TryParse(Kind, out var kind) ? kind : null,
            from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            to is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
    }
}

public sealed class SecurityEventsFilterFormValidator : AbstractValidator<SecurityEventsFilterForm>
{
    public SecurityEventsFilterFormValidator()
    {
        RuleFor(f => f.From).Must(d => SecurityEventsFilterForm.TryDate(d, out _)).WithMessage("Enter the from date as a date, for example 2026-03-31").OverridePropertyName("from");
        RuleFor(f => f.To).Must(d => SecurityEventsFilterForm.TryDate(d, out _)).WithMessage("Enter the to date as a date, for example 2026-03-31").OverridePropertyName("to");
        RuleFor(f => f.UserName).Within(FieldLength.Short, "User name").OverridePropertyName("user");
        this.EveryOtherTextWithin();
    }
}
