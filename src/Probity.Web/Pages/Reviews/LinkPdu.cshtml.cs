using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Reviews;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Providers;
using Probity.Data.Reviews;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>
/// A lead links a published PDU inspection to the review: its ratings become the letter's Annexe two and its
/// recommendations Annexe one. Only published inspections may be linked, so that no draft's ratings leave its team.
/// </summary>
public sealed class LinkPduModel(ReviewEditor editor, InspectionStore inspections, ProviderStore providers, DatasetStore datasets,
    IValidator<LinkPduForm> validator, ProbityLinks links) : ReviewPage(editor)
{
    public override string Title => $"Link a PDU inspection: {ReviewName}";
    public override string? BackLink => links.Review(ReviewId);

    [BindProperty] public LinkPduForm Form { get; set; } = new();

    public async Task OnGetAsync()
    {
        Form = new LinkPduForm { Stamp = Stored.Stamp };
        await ListCandidatesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await ListCandidatesAsync();
        if (!validator.Check(Form, Errors)) return Page();
        var chosen = Form.Chosen!;
        var dataset = await datasets.LoadAsync(chosen.Id, Aborted);
        var pdu = new LinkedPdu(PduKey(chosen), chosen.ProviderName)
        {
            Framework = chosen.Framework,
            Recommendations = [.. dataset.Manifest.Recommendations.New.Select(r => new ReviewRecommendation(r.Number, Level(r.Addressee), r.Addressee ?? chosen.ProviderName, r.Text))],
        };
        return await SaveAsync(Form.Stamp, $"linked {chosen.ProviderName}", (review, linked) => (
            review with { PduInspections = [.. review.PduInspections, pdu] }, [.. linked, chosen.Id]), "inspection")
            ? Redirect(links.Review(ReviewId)) : Page();
    }

    private async Task ListCandidatesAsync()
    {
        var pdus = (await providers.ListAsync(Aborted)).Where(p => p.Type == ProviderType.PDU).Select(p => p.Id).ToHashSet();
        Form.Candidates = [.. (await inspections.ListAsync(ct: Aborted))
            .Where(i => i.Status == InspectionStatus.Published && pdus.Contains(i.ProviderId) && !Stored.Inspections.Contains(i.Id))];
    }

    private string PduKey(InspectionSummary inspection)
    {
        var key = $"pdu-{inspection.Id}";
        return Review.PduInspections.Any(p => p.Key == key) ? $"{key}-{Review.PduInspections.Count}" : key;
    }

    /// <summary>Who a recommendation addresses, as Annexe one groups them, from the name the inspection gives.</summary>
    private static AddresseeLevel Level(string? addressee) => addressee switch
    {
        null => AddresseeLevel.Pdu,
        _ when addressee.Contains("Ministry of Justice", StringComparison.OrdinalIgnoreCase) || addressee.Contains("MoJ", StringComparison.Ordinal) => AddresseeLevel.MinistryOfJustice,
        _ when addressee.Contains("HMPPS", StringComparison.Ordinal) || addressee.Contains("Prison and Probation Service", StringComparison.OrdinalIgnoreCase) => AddresseeLevel.Hmpps,
        _ when addressee.Contains("region", StringComparison.OrdinalIgnoreCase) => AddresseeLevel.Region,
        _ => AddresseeLevel.Pdu,
    };
}
