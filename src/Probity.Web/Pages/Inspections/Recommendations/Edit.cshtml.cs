using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Recommendations;
using Probity.Reports.Model;
using Probity.Reports.Writing;
using Probity.Web.Pages.Inspections.Writing;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Recommendations;

/// <summary>Adds a new recommendation (at the end) or changes or removes one: who must act, what they should do, and the finding it comes from.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class EditModel(OpenInspection inspection, RecommendationStore recommendations, IValidator<RecommendationForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;

    /// <summary>The recommendation's number; null for a new one.</summary>
    public int? Number { get; private set; }

    public override string Title => Number is { } n ? $"Recommendation {n}" : "Add a recommendation";
    public override string? BackLink => links.Recommendations(inspection.Id);

    [BindProperty] public RecommendationForm Form { get; set; } = new();

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var route = RouteData.Values["number"] as string;
        if (route != "new")
        {
            if (!int.TryParse(route, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return NotFound();
            Number = n;
        }
        var stored = await recommendations.GetAsync(inspection.Id, ct);
        var current = Number is { } number ? stored.New.FirstOrDefault(r => r.Recommendation.Number == number) : null;
        if (Number is not null && current is null) return NotFound();
        Current = current;
        Form.AddresseeOptions = AddresseeOptions(current?.Recommendation.Addressee);
        Form.FindingOptions = [.. NarrativeLayout.For(inspection.Framework).SelectMany(g => g.Blocks).Where(b => MayStateAFinding(b.Key)).Select(b => (b.Key, b.Title))];
        var previous = await PreviousItems.LoadAsync(recommendations, inspection, stored, ct);
        Form.RepeatOptions = [("", "It repeats none"), .. previous.Select(p => (p.Number.ToString(CultureInfo.InvariantCulture), $"{p.Number}. {p.Text}"))];
        NextNumber = stored.New.Count == 0 ? 1 : stored.New.Max(r => r.Recommendation.Number) + 1;
        return null;
    }

    private StoredRecommendation? Current { get; set; }
    private int NextNumber { get; set; }

    /// <summary>Why the form cannot be saved at this stage (the page then shows what is recorded), or null.</summary>
    public string? ReadOnlyBecause => WritingRules.WhyNotRecommend(Me, inspection.Summary.Status);

    public IActionResult OnGet()
    {
        if (Current is { } c)
        {
            var r = c.Recommendation;
            (Form.Addressee, Form.Text, Form.Finding, Form.Repeats, Form.Version) =
                (r.Addressee ?? RecommendationForm.TheProvider, r.Text, r.Finding, r.RepeatsPrevious?.ToString(CultureInfo.InvariantCulture), c.Version);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadOnlyBecause is { } why) return Refuse(why);
        if (!validator.Check(Form, Errors)) return Page();
        var recommendation = new Recommendation(Number ?? NextNumber, Form.Text!.Trim())
        {
            Addressee = Form.StoredAddressee,
            Finding = Form.Finding,
            RepeatsPrevious = Form.RepeatsPrevious,
        };
        try
        {
            // A repeated previous recommendation must be recorded with this inspection first: judging its progress records it.
            if (recommendation.RepeatsPrevious is { } repeated && !(await recommendations.GetAsync(inspection.Id, Aborted)).Previous.Any(p => p.Recommendation.Number == repeated))
            {
                Errors.Add("repeats", $"Judge the progress on previous recommendation {repeated} first: then this one can say it repeats it");
                return Page();
            }
            await recommendations.SaveNewAsync(inspection.Id, recommendation, Number is null ? null : Form.Version, Me.Actor, Aborted);
            return Redirect(links.Recommendations(inspection.Id, "saved"));
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Your recommendation has not been saved (what you typed is still below; save again to replace theirs)");
            if (e is EditConflictException) Form.Version = (await recommendations.GetAsync(inspection.Id, Aborted)).New.FirstOrDefault(r => r.Recommendation.Number == Number)?.Version;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(int version)
    {
        if (ReadOnlyBecause is { } why) return Refuse(why);
        if (Number is not { } number) return NotFound();
        try
        {
            await recommendations.RemoveNewAsync(inspection.Id, number, version, Me.Actor, Aborted);
            return Redirect(links.Recommendations(inspection.Id, "removed"));
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Not removed");
            return OnGet();
        }
    }

    private List<(string, string)> AddresseeOptions(string? recorded)
    {
        var options = new List<(string, string)> { (RecommendationForm.TheProvider, $"The provider: {inspection.Summary.ProviderName}") };
        options.AddRange(RecommendationForm.OtherAddressees.Select(a => (a, a)));
        if (recorded is not null && options.All(o => o.Item1 != recorded)) options.Add((recorded, recorded));
        return options;
    }

    // The blocks where the report states findings: summaries, strengths and areas for improvement, not the foreword or annexes.
    private static bool MayStateAFinding(string key) =>
        !key.StartsWith(NarrativeKeys.Foreword, StringComparison.Ordinal) && !key.StartsWith("annex", StringComparison.Ordinal)
        && key != NarrativeKeys.PreviousReport && key != NarrativeKeys.Background;
}
