namespace Probity.Data.FactualAccuracy;

/// <summary>What the lead inspector decided about a provider's comment.</summary>
public enum CommentOutcome { Accepted, Declined }

public static class CommentOutcomeNames
{
    public static string Token(this CommentOutcome outcome) => outcome == CommentOutcome.Accepted ? "accepted" : "declined";

    public static CommentOutcome? Parse(string? token) => token switch
    {
        "accepted" => CommentOutcome.Accepted,
        "declined" => CommentOutcome.Declined,
        _ => null,
    };
}

/// <summary>
/// A provider contact's comment on one section of the draft report (<paramref name="Section"/>: the report's own anchor,
/// <paramref name="SectionTitle"/> its heading as printed), and the lead inspector's outcome once decided.
/// </summary>
public sealed record FactualAccuracyComment(
    long Id,
    string Section,
    string SectionTitle,
    string Text,
    string MadeBy,
    DateTimeOffset MadeAt,
    CommentOutcome? Outcome,
    string? OutcomeReason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    int Version)
{
    /// <summary>The contact's name as their account gives it ("Jane Smith"), or null when the account is gone.</summary>
    public string? MadeByName { get; init; }

    /// <summary>Who made the comment, as the pages print it: the name, else the account's user name.</summary>
    public string Author => MadeByName ?? MadeBy;
}

/// <summary>The inspection's factual accuracy check: the deadline the lead set (null: not started) and every comment.</summary>
public sealed record FactualAccuracyCheck(DateOnly? Deadline, IReadOnlyList<FactualAccuracyComment> Comments)
{
    /// <summary>Whether the provider may still comment on <paramref name="today"/>: the deadline day itself is the last.</summary>
    public bool OpenOn(DateOnly today) => Deadline is { } deadline && today <= deadline;

    public int Undecided => Comments.Count(c => c.Outcome is null);
}
