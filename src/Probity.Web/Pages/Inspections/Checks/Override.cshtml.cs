using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Checks;
using Probity.Reports.Checks;
using Probity.Web.Forms;
using Probity.Web.Reports;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Checks;

/// <summary>
/// A lead inspector overrides one check before publication, with a reason (for words that are right but look wrong, such
/// as "was rated 'Good' in 2018"), changes the reason, or withdraws the override. Saves name the version read, so two
/// leads cannot overwrite each other.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class OverrideModel(OpenInspection inspection, InspectionChecks checks, CheckOverrideStore overrides, IValidator<OverrideForm> validator,
    ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Override a check";
    public override string? BackLink => links.Checks(inspection.Id);

    [BindProperty] public OverrideForm Form { get; set; } = new();

    /// <summary>The finding being overridden; null when the text has changed and it is no longer raised.</summary>
    public CheckFinding? Finding { get; private set; }

    /// <summary>The override as stored, when this finding is already overridden.</summary>
    public StoredCheckOverride? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "finding")] string? finding)
    {
        await FindAsync(finding);
        if (Finding is null) return NotFound();
        Form = new OverrideForm { Finding = Finding.Key, Reason = Existing?.Reason, Version = Existing?.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) { await FindAsync(Form.Finding); return Page(); }
        await FindAsync(Form.Finding);
        if (Finding is null)
        {
            Errors.Add(null, "This check is no longer raised: the text has changed since you opened it. Go back to the checks to see them as they are now.");
            return Page();
        }
        try
        {
            await overrides.OverrideAsync(inspection.Id, Finding.Key, Finding.Block, Finding.Words, Form.Reason!, Form.Version, Me.Actor, Aborted);
            return Redirect(links.Checks(inspection.Id, done: "overridden"));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "Not overridden", "reason");
            return Page();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        await FindAsync(Form.Finding);
        if (Existing is null || Form.Version is not { } version)
        {
            Errors.Add(null, "This check is not overridden now: go back to the checks to see them as they are.");
            return Page();
        }
        try
        {
            await overrides.WithdrawAsync(inspection.Id, Existing.FindingKey, version, Me.Actor, Aborted);
            return Redirect(links.Checks(inspection.Id, done: "withdrawn"));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException or RecordNotFoundException)
        {
            Errors.AddRefusal(e, "Not withdrawn");
            return Page();
        }
    }

    private async Task FindAsync(string? key)
    {
        if (string.IsNullOrEmpty(key)) return;
        var results = await checks.LoadAsync(inspection.Id, Aborted);
        Finding = results.Unresolved.Concat(results.Overridden.Select(o => o.Finding)).FirstOrDefault(f => f.Key == key);
        Existing = results.OverrideOf(key);
    }
}
