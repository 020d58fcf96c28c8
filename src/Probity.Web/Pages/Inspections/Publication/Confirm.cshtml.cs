using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Publication;
using Probity.Data.Users;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>
/// The last step before publication: what becomes visible and to whom — the provider's contacts by name, analysts, the
/// national analysis, everyone signed in — and what can no longer change. Publishing checks everything again.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class ConfirmModel(OpenInspection inspection, PublicationStore publication, PublicationBlocks blocks, UserStore users, ProbityLinks links)
    : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Check before publishing";
    public override string? BackLink => links.Publish(inspection.Id);

    public DateOnly On { get; private set; }
    public IReadOnlyList<string> Blocks { get; private set; } = [];
    public IReadOnlyList<string> ProviderContacts { get; private set; } = [];
    public IReadOnlyList<string> Analysts { get; private set; } = [];

    public override Task<IActionResult?> LoadAsync(CancellationToken ct) =>
        Task.FromResult<IActionResult?>(DateOnly.TryParseExact(Request.Query["on"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
            ? SetOn(on) : Redirect(links.Publish(inspection.Id)));

    private IActionResult? SetOn(DateOnly on)
    {
        On = on;
        return null;
    }

    public async Task OnGetAsync() => await LoadAudienceAsync();

    public async Task<IActionResult> OnPostAsync(int version)
    {
        await LoadAudienceAsync();
        if (Blocks.Count > 0) return Page();
        try
        {
            await publication.PublishAsync(inspection.Id, On, version, Me.Actor, Aborted);
            return Redirect(links.Report(inspection.Id));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "Not published");
            return Page();
        }
    }

    private async Task LoadAudienceAsync()
    {
        Blocks = await blocks.FindAsync(inspection.Id, Aborted);
        var everyone = (await users.ListAsync(Aborted)).Where(u => !u.Disabled).ToList();
        ProviderContacts = [.. everyone.Where(u => u.Roles.Contains(UserRole.ProviderContact) && u.ProviderId == inspection.Summary.ProviderId).Select(u => u.DisplayName)];
        Analysts = [.. everyone.Where(u => u.Roles.Contains(UserRole.Analyst)).Select(u => u.DisplayName)];
    }
}
