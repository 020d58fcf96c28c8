using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Probity.Data;
using Probity.Data.Audit;
using Probity.Data.DomainOne;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// What the pages that change domain-one evidence share (for lead inspectors and admins, and only while the case data is
/// open: the store refuses a change once the ratings are ratified, and the page says so instead of showing a form).
/// </summary>
public sealed class EvidenceEditor(OpenInspection inspection, DomainOneStore domainOne, AuditLog audit, ProbityLinks links)
{
    public string BackLink => links.DomainOne(inspection.Id);

    public Task<DomainOneEvidence> EvidenceAsync(CancellationToken ct) => domainOne.GetAsync(inspection.Id, ct);

    /// <summary>"by demo.lead at 2019-09-18 10:02:11 UTC": the last change to a record, for a message about a record that has gone.</summary>
    public async Task<string> LastChangeAsync(string entity, string key, CancellationToken ct) =>
        (await audit.ForRecordAsync(inspection.Id, entity, key, ct)) is [.., var last]
            ? $"by {last.UserName} at {last.At:yyyy-MM-dd HH:mm:ss} UTC"
            : "by someone else";

    /// <summary>The domain-one page after a change: its banner says what was done (<see cref="IndexModel.DoneMessage"/>) to which record.</summary>
    public string Done(string done, string? record = null) => links.DomainOne(inspection.Id, done, record);

    /// <summary>
    /// Saves, then goes back to the domain-one page with its banner. A save the store refuses, or one from an older version
    /// than the stored one, comes back as errors on <paramref name="page"/> with what was typed kept; <paramref name="reread"/>
    /// then takes the stored version, so saving again replaces the other save. <paramref name="removed"/> explains a record
    /// removed meanwhile.
    /// </summary>
    public async Task<IActionResult> SaveThenReturnAsync(ProbityPage page, Func<Task> save, string done, string? record, string conflictLead,
        Func<Task> reread, Func<Task<string>>? removed = null)
    {
        try
        {
            await save();
            return new RedirectResult(Done(done, record));
        }
        catch (EditConflictException e)
        {
            page.Errors.AddRefusal(e, conflictLead);
            await reread();
        }
        catch (RecordNotFoundException) when (removed is not null)
        {
            page.Errors.Add(null, await removed());
        }
        catch (ChangeRefusedException e)
        {
            page.Errors.AddRefusal(e);
        }
        return new PageResult();
    }
}
