using Probity.Core.Text;

namespace Probity.Core.Datasets;

/// <summary>
/// One responsible officer interview (interviews.csv): the source of the staff-interview figures in the key data
/// tables (spec §7.2–7.3). The officer is a reference, never a name. Each question is yes / no / null (not asked).
/// </summary>
public sealed record OfficerInterview(string OfficerId)
{
    public string? Grade { get; init; }
    public int? Caseload { get; init; }
    public IReadOnlyDictionary<string, bool> Answers { get; init; } = new Dictionary<string, bool>();
}

/// <summary>The interview questions behind the staff figures, as interviews.csv columns (spec §7.3 metric ids in brackets).</summary>
public static class InterviewQuestions
{
    public static readonly IReadOnlyList<InterviewQuestion> All =
    [
        new("workload_manageable", "ro.workloadManageable", "Workload is manageable"),
        new("prioritises_quality", "ro.orgPrioritisesQuality", "The organisation prioritises quality"),
        new("skills_and_knowledge", "ro.skillsAndKnowledge", "Has the practice skills and knowledge needed"),
        new("training_access", "ro.inServiceTrainingAccess", "Has access to in-service training"),
        new("training_positive", "ro.trainingPositive", "Positive about the training available"),
        new("wellbeing_positive", "ro.wellbeingPositive", "Positive about staff wellbeing"),
        new("safety_considered", "ro.safetyConsidered", "Safety is appropriately considered"),
        new("reasonable_adjustments_positive", "ro.reasonableAdjustmentsPositive", "Positive response to requests for reasonable adjustments"),
        new("access_to_services", "ro.accessToServices", "Has access to the services required"),
        new("partner_coordination_good", "ro.partnerCoordinationGood", "Coordination of work with partner agencies is good"),
    ];

    public static InterviewQuestion? Find(string column) => All.FirstOrDefault(q => q.Column == column);
}

public sealed record InterviewQuestion(string Column, string MetricId, string Text);

public enum MeetingKind { SeniorManagers, OperationalPartners, Stakeholders, MiddleManagers, FrontlineStaff, ServiceUsers, Other }

public static class MeetingKindNames
{
    public static IReadOnlyList<string> AllTokens => ExchangeTokens.MeetingKinds.Tokens;
    public static string Token(this MeetingKind kind) => ExchangeTokens.MeetingKinds.Token(kind);
    public static bool TryParse(string? token, out MeetingKind kind) => ExchangeTokens.MeetingKinds.TryParse(token, out kind);
}

/// <summary>A domain-one meeting or focus group (meetings.csv).</summary>
public sealed record Meeting(MeetingKind Kind, string Description)
{
    public DateOnly? Date { get; init; }
    public int? Attendees { get; init; }
    public string? Notes { get; init; }
}

public enum PracticeKind { Good, Poor }

/// <summary>A boxed good or poor practice example from a case (practice-examples.csv); any names in it must be changed.</summary>
public sealed record PracticeExample(string CaseId, string Standard, PracticeKind Kind, string Text)
{
    /// <summary>Whether the report prints it under its standard: the writers choose among the examples the cases flagged.</summary>
    public bool InReport { get; init; } = true;
}
