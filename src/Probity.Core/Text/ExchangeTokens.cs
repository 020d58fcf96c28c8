using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Reviews;
using Probity.Core.Sampling;

namespace Probity.Core.Text;

/// <summary>
/// Every exchange-format token that stands for an enum value, in one place: the dataset and review readers and writers,
/// the store's columns and the JSON outputs all map through these, so a token is spelt once.
/// </summary>
public static class ExchangeTokens
{
    public static readonly TokenMap<Rating> Ratings = new(("inadequate", Rating.Inadequate),
        ("requires-improvement", Rating.RequiresImprovement), ("good", Rating.Good), ("outstanding", Rating.Outstanding));

    public static readonly TokenMap<InspectionStatus> Statuses = new(("planned", InspectionStatus.Planned),
        ("fieldwork", InspectionStatus.Fieldwork), ("quality-assurance", InspectionStatus.QualityAssurance),
        ("ratings-panel", InspectionStatus.RatingsPanel), ("drafting", InspectionStatus.Drafting),
        ("factual-accuracy", InspectionStatus.FactualAccuracy), ("published", InspectionStatus.Published));

    public static readonly TokenMap<RecommendationProgress> Progress = new(("no-progress", RecommendationProgress.NoProgress),
        ("some-progress", RecommendationProgress.SomeProgress), ("sufficient-progress", RecommendationProgress.SufficientProgress));

    public static readonly TokenMap<MeetingKind> MeetingKinds = new(("senior-managers", MeetingKind.SeniorManagers),
        ("operational-partners", MeetingKind.OperationalPartners), ("stakeholders", MeetingKind.Stakeholders),
        ("middle-managers", MeetingKind.MiddleManagers), ("frontline-staff", MeetingKind.FrontlineStaff),
        ("service-users", MeetingKind.ServiceUsers), ("other", MeetingKind.Other));

    /// <summary>A ratings panel decision's direction (R12).</summary>
    public static readonly TokenMap<PanelMove> Moves = new(("up", PanelMove.Up), ("down", PanelMove.Down));

    /// <summary>What a ratings panel decision rests on: discretion (R11–R12) or the unpaid-work qualitative adjustment (R13).</summary>
    public static readonly TokenMap<DecisionBasis> Bases = new(("discretion", DecisionBasis.Discretion),
        ("unpaid-work-qualitative", DecisionBasis.UnpaidWorkQualitative));

    /// <summary>The lead's outcome for a provider's factual accuracy comment.</summary>
    public static readonly TokenMap<AccuracyOutcome> AccuracyOutcomes = new(("accepted", AccuracyOutcome.Accepted), ("declined", AccuracyOutcome.Declined));

    /// <summary>The provider's answer to a recommendation in its action plan.</summary>
    public static readonly TokenMap<ActionPlanAnswer> ActionPlanAnswers = new(("agreed", ActionPlanAnswer.Agreed),
        ("partially-agreed", ActionPlanAnswer.PartiallyAgreed), ("not-agreed", ActionPlanAnswer.NotAgreed));

    public static readonly TokenMap<PracticeKind> PracticeKinds = new(("good", PracticeKind.Good), ("poor", PracticeKind.Poor));

    public static readonly TokenMap<SampleType> SampleTypes = new(("case-supervision", SampleType.CaseSupervision),
        ("unpaid-work", SampleType.UnpaidWork), ("through-the-gate", SampleType.ThroughTheGate));

    public static readonly TokenMap<SampleRole> SampleRoles = new(("sample", SampleRole.Sample), ("reserve", SampleRole.Reserve));

    public static readonly TokenMap<RequiredSizeSource> RequiredSizeSources = new(("formula-on-eligible", RequiredSizeSource.FormulaOnEligible),
        ("formula-on-planning-estimate", RequiredSizeSource.FormulaOnPlanningEstimate), ("given", RequiredSizeSource.Given));

    public static readonly TokenMap<Exclusion> Exclusions = new(("managed-elsewhere", Exclusion.ManagedElsewhere),
        ("outside-supervision-window", Exclusion.OutsideSupervisionWindow), ("no-unpaid-work", Exclusion.NoUnpaidWork),
        ("outside-requirement-window", Exclusion.OutsideRequirementWindow), ("not-post-release", Exclusion.NotPostRelease),
        ("outside-release-window", Exclusion.OutsideReleaseWindow), ("not-entitled", Exclusion.NotEntitled));

    public static readonly TokenMap<FindingPolarity> Polarities = new(("strength", FindingPolarity.Strength),
        ("area-for-improvement", FindingPolarity.AreaForImprovement));

    public static readonly TokenMap<AddresseeLevel> AddresseeLevels = new(("pdu", AddresseeLevel.Pdu), ("region", AddresseeLevel.Region),
        ("hmpps", AddresseeLevel.Hmpps), ("moj", AddresseeLevel.MinistryOfJustice));

    public static readonly TokenMap<EvidenceSource> EvidenceSources = new(("staff-survey", EvidenceSource.StaffSurvey),
        ("pdu-inspections", EvidenceSource.PduInspections), ("case-inspection", EvidenceSource.CaseInspection),
        ("provider-data", EvidenceSource.ProviderData), ("national-data", EvidenceSource.NationalData),
        ("fieldwork", EvidenceSource.Fieldwork));

    /// <summary>The token of a standard not inspected in a printed ratings table, beside the four rating tokens.</summary>
    public const string NotInspected = "not-inspected";
}
