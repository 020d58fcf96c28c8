using Probity.Core.Datasets;
using Probity.Core.Ratings;

namespace Probity.Data.DomainOne;

/// <summary>A domain-one standard's judgement (R15): the lead inspector's proposal and rationale, and the ratified rating.</summary>
public sealed record DomainOneJudgement(string Standard, Rating? Proposed, string? Rationale, Rating? Ratified, int Version);

public sealed record StoredInterview(OfficerInterview Interview, int Version);

public sealed record StoredMeeting(long Id, Meeting Meeting, int Version);

/// <summary>Everything domain one is judged on, as stored for one inspection.</summary>
public sealed record DomainOneEvidence(
    IReadOnlyList<DomainOneJudgement> Judgements,
    IReadOnlyList<StoredInterview> Interviews,
    IReadOnlyList<StoredMeeting> Meetings,
    IReadOnlyList<KeyDataTable> KeyData,
    IReadOnlyList<ContextualFact> ContextualFacts)
{
    /// <summary>Each key data table's version by id (its saves since import; a table not listed is at 0): what a save names.</summary>
    public IReadOnlyDictionary<string, int> KeyDataVersions { get; init; } = new Dictionary<string, int>();

    /// <summary>The contextual facts' version (their saves since import).</summary>
    public int ContextualFactsVersion { get; init; }

    public int KeyDataVersion(string tableId) => KeyDataVersions.GetValueOrDefault(tableId);
}
