using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Reports.Export;
using Probity.Reports.Html;
using Probity.Reports.Model;
using static Probity.Reports.Tests.Northumbria;

namespace Probity.Reports.Tests;

/// <summary>
/// A panel decision the rules on discretion do not make eligible carries the panel's reason (R12 [A]); the report prints
/// it with the rationale, where the decision is footnoted, and the JSON export carries it.
/// </summary>
public sealed class OutsideRulesTests
{
    private const string Reason = "The fieldwork found plans rarely shared with the person on probation, which five cases cannot show.";

    [Fact]
    public async Task The_footnote_of_a_decision_outside_the_rules_gives_the_panels_reason_after_its_rationale()
    {
        var standard = Example.Rating.Standards.First(s => s.Standard.RatedBy == RatingBasis.CaseData && s.AppliedDecision is null
            && !s.Eligibility.Down && s.IndicativeRating is > Rating.Inadequate);
        var decision = new PanelDecision(standard.Standard.Id, PanelMove.Down, DecisionBasis.Discretion, "Plans were complete on paper only.")
        {
            OutsideRules = Reason,
        };
        var d = Example.Dataset;
        var dataset = new InspectionDataset(d.Framework, d.Manifest with { PanelDecisions = [.. d.Manifest.PanelDecisions, decision] }, d.Cases, d.Answers)
        {
            Interviews = d.Interviews, Meetings = d.Meetings, PracticeExamples = d.PracticeExamples,
        };
        var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
        Assert.Empty(rating.Problems);
        var moved = rating.Standards.Single(s => s.Standard.Id == standard.Standard.Id);
        Assert.Equal(PanelDecisionRules.Moved(standard.IndicativeRating!.Value, PanelMove.Down), moved.Rating);

        var report = ReportBuilder.Build(dataset, rating);
        var page = HtmlPage.Parse(await ReportHtml.RenderOnceAsync(report));
        var cell = page.Cells($"key-questions-{standard.Standard.Id}", moved.LowestKeyQuestions[0])["Current inspection"];
        Assert.Equal(["Plans were complete on paper only. The rules on discretion do not provide for this move; the panel's reason for making it: " + Reason],
            HtmlPage.Notes(cell).Select(page.Note));

        using var stream = new MemoryStream();
        ReportJson.Write(report, stream);
        var json = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("standards").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == standard.Standard.Id).GetProperty("adjustment");
        Assert.Equal(Reason, json.GetProperty("outsideRules").GetString());
    }

    [Fact]
    public void A_decision_within_the_rules_is_footnoted_with_its_rationale_alone()
    {
        var decision = Example.Dataset.Manifest.PanelDecisions[0];
        Assert.Null(decision.OutsideRules);
        Assert.Equal(decision.Rationale, ReportTexts.PanelDecisionNote(decision));
    }
}
