using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>The lead inspector's proposed rating and rationale for one standard rated by judgement (R15).</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class ProposalModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<ProposalForm> validator) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public Standard Standard { get; private set; } = null!;
    public override string Title => $"Propose a rating for {Standard.Id} {Standard.Name}";
    public override string? BackLink => editor.BackLink;

    [BindProperty] public ProposalForm Form { get; set; } = new();

    public override Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (inspection.Framework.FindStandard(RouteData.Values["standard"] as string ?? "") is not { RatedBy: RatingBasis.Judgement } standard)
            return Task.FromResult<IActionResult?>(NotFound());
        Form.Standard = Standard = standard;
        return Task.FromResult<IActionResult?>(null);
    }

    public async Task OnGetAsync()
    {
        var judgement = await StoredAsync();
        (Form.Rating, Form.Rationale, Form.Version) = (judgement?.Proposed?.Token(), judgement?.Rationale, judgement?.Version);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await domainOne.ProposeAsync(inspection.Id, Standard.Id, Form.Proposed, Form.Rationale!.Trim(), Form.Version, Me.Actor, Aborted);
            return Redirect(editor.BackLink);
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Your proposal has not been saved (what you typed is still below; save again to replace theirs)");
            if (e is EditConflictException) Form.Version = (await StoredAsync())?.Version;
            return Page();
        }
    }

    private async Task<DomainOneJudgement?> StoredAsync() =>
        (await editor.EvidenceAsync(Aborted)).Judgements.FirstOrDefault(j => j.Standard == Standard.Id);
}
