using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Audit;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// A page that changes domain-one evidence: for lead inspectors and admins, and only while the case data is open (the
/// store refuses a change once the ratings are ratified; the page says so instead of showing a form).
/// </summary>
public abstract class EvidencePage(ProbityStore store) : InspectionPage(store)
{
    public override string? BackLink => $"{BasePath}/domain-one";

    /// <summary>Case data is locked: the page shows why, and no form.</summary>
    public bool Locked => Inspection.CaseDataLocked;

    protected override bool MaySee() => Me.MayManageInspection;

    protected Task<DomainOneEvidence> EvidenceAsync() => Store.DomainOne.GetAsync(InspectionId);

    /// <summary>"by demo.lead at 2019-09-18 10:02:11 UTC": the last change to a record, for a message about a record that has gone.</summary>
    protected async Task<string> LastChangeAsync(string entity, string key) =>
        (await Store.Audit.ForRecordAsync(InspectionId, entity, key)) is [.., var last]
            ? $"by {last.UserName} at {last.At:yyyy-MM-dd HH:mm:ss} UTC"
            : "by someone else";

    /// <summary>The domain-one page after a change: its banner says what was done (<see cref="IndexModel.DoneMessage"/>) to which record.</summary>
    protected string DomainOnePath(string done, string? record = null) =>
        $"{BasePath}/domain-one?done={done}{(record is null ? "" : "&record=" + Uri.EscapeDataString(record))}";

    /// <summary>
    /// Saves, then goes back to the domain-one page with its banner. A save the store refuses, or one from an older version
    /// than the stored one, comes back as errors with what was typed kept; <paramref name="reread"/> then takes the stored
    /// version, so saving again replaces the other save. <paramref name="removed"/> explains a record removed meanwhile.
    /// </summary>
    protected async Task<IActionResult> SaveThenReturnAsync(Func<Task> save, string done, string? record, string conflictLead,
        Func<Task> reread, Func<Task<string>>? removed = null)
    {
        try
        {
            await save();
            return Redirect(DomainOnePath(done, record));
        }
        catch (EditConflictException e)
        {
            Errors.AddRefusal(e, conflictLead);
            await reread();
        }
        catch (RecordNotFoundException) when (removed is not null)
        {
            Errors.Add(null, await removed());
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e);
        }
        return Page();
    }
}
