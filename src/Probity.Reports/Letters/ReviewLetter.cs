using Probity.Core.Reviews;
using Probity.Reports.Model;

namespace Probity.Reports.Letters;

/// <summary>
/// The letter to the Regional Probation Director after a regional review (seed 002): the region's key strengths and key
/// areas for improvement by area, then Annexe one (the PDUs' recommendations by addressee) and Annexe two (each PDU's
/// ratings, rated from its dataset). Everything it prints, already decided; built by <see cref="ReviewLetterBuilder"/>.
/// </summary>
public sealed record ReviewLetter
{
    public required RegionalReview Review { get; init; }

    /// <summary>What the letter is about, for the document's title ("Probation Service – North East region").</summary>
    public required string Subject { get; init; }

    /// <summary>"22 December 2022"; null when the review records no date.</summary>
    public string? Date { get; init; }

    public ReviewPerson? Addressee { get; init; }
    public IReadOnlyList<ReviewPerson> Copied { get; init; } = [];
    public ReviewPerson? Signatory { get; init; }

    public IReadOnlyList<string> Opening { get; init; } = [];
    public IReadOnlyList<string> Observations { get; init; } = [];
    public required IReadOnlyList<LetterArea> Areas { get; init; }
    public IReadOnlyList<string> Summary { get; init; } = [];
    public IReadOnlyList<string> Closing { get; init; } = [];

    /// <summary>Annexe one: each PDU's recommendations, grouped by who should act.</summary>
    public required IReadOnlyList<PduRecommendations> AnnexeOne { get; init; }

    /// <summary>Annexe two: each PDU's ratings table.</summary>
    public required IReadOnlyList<AnnexeTwoTable> AnnexeTwo { get; init; }

    /// <summary>Probity's addition: the evidence each finding cites, by the finding's number.</summary>
    public required IReadOnlyList<FindingEvidence> Evidence { get; init; }

    public bool Draft { get; init; }
}

/// <summary>An area of the regional observations: its paragraphs, then its key strengths and key areas for improvement.</summary>
public sealed record LetterArea(string Key, string Title, IReadOnlyList<string> Narrative, bool HeadingsPrinted,
    IReadOnlyList<LetterFinding> Strengths, IReadOnlyList<LetterFinding> Improvements);

/// <summary>A finding as printed, verbatim; <see cref="Number"/> is its entry in the evidence list.</summary>
public sealed record LetterFinding(int Number, string Text);

/// <summary>One PDU's part of Annexe one: its recommendations in consecutive groups by addressee ("North East region should:").</summary>
public sealed record PduRecommendations(LinkedPdu Pdu, IReadOnlyList<RecommendationGroup> Groups);

/// <summary>A finding's evidence: where it sits in the letter and what it cites ("Regional staff survey: … 68 out of 84 (81%)").</summary>
public sealed record FindingEvidence(int Number, string Area, string Kind, string Opening, IReadOnlyList<string> Citations);
