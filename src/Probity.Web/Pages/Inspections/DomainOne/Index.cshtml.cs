using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Web.Routing;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// Domain one: the lead inspector's proposed ratings, the responsible officer interviews, meetings, the provider's key
/// data and the contextual facts, each with change and remove links for the lead inspector while case data is open.
/// </summary>
[SeenBy(InspectionAudience.RatingsPanel)]
public sealed class IndexModel(OpenInspection inspection, DomainOneStore domainOne, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => $"Domain-one evidence: {inspection.Name}";
    public override string? BackLink => links.Inspection(inspection.Id);

    public DomainOneEvidence Evidence { get; private set; } = null!;
    public IReadOnlyList<Standard> JudgementStandards => inspection.Framework.Standards.Where(s => s.RatedBy == RatingBasis.Judgement).ToList();
    public bool MayEdit => Me.MayManageInspection && !inspection.Summary.CaseDataLocked;

    /// <summary>The framework's provider key data tables (spec §7.2) that are not stored yet.</summary>
    public IReadOnlyList<ProviderKeyData.Template> MissingTemplates =>
        ProviderKeyData.For(inspection.Framework.Id).Where(t => Evidence.KeyData.All(k => k.Id != t.Table.Id)).ToList();

    /// <summary>The success banner after a change made on another page (null for none).</summary>
    public string? DoneMessage { get; private set; }

    public async Task OnGetAsync(string? done, string? record)
    {
        Evidence = await domainOne.GetAsync(inspection.Id, Aborted);
        DoneMessage = done switch
        {
            "interview-added" => $"The interview record with {record} is added.",
            "interview-changed" => $"The interview record with {record} is saved.",
            "interview-removed" => $"The interview record with {record} is removed.",
            "meeting-added" => "The meeting is added.",
            "meeting-changed" => "The meeting is saved.",
            "meeting-removed" => "The meeting is removed.",
            "key-data-saved" => $"The figures of {record} are saved.",
            "facts-saved" => "The contextual facts are saved.",
            _ => null,
        };
    }

    public DomainOneJudgement? JudgementOf(Standard s) => Evidence.Judgements.FirstOrDefault(j => j.Standard == s.Id);

    public string TableName(KeyDataTable t) => ProviderKeyData.Find(inspection.Framework.Id, t.Id)?.Name ?? t.Title ?? t.Id;

    /// <summary>"6 yes, 3 no, 1 not asked".</summary>
    public static string AnswerSummary(OfficerInterview i)
    {
        var yes = i.Answers.Count(a => a.Value);
        return $"{yes} yes, {i.Answers.Count - yes} no, {InterviewQuestions.All.Count - i.Answers.Count} not asked";
    }

    public static string KindName(MeetingKind kind) => MeetingForm.KindOptions.First(o => o.Item1 == kind.Token()).Item2;
}
