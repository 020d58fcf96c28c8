using Probity.Core.Ratings;

namespace Probity.Core.Reviews;

/// <summary>
/// A regional review of the unified Probation Service (from 2022): not rated. For each area the letter to the Regional
/// Probation Director gives key strengths and key areas for improvement, each citing its evidence; it links the PDU
/// inspections of the region, gathers their recommendations (Annexe one) and shows their ratings (Annexe two).
/// Read from a review folder's <c>review.json</c> by <see cref="ReviewReader"/>.
/// </summary>
public sealed record RegionalReview
{
    /// <summary>The region, e.g. "North East".</summary>
    public required string Region { get; init; }

    /// <summary>How the letter names what was reviewed, e.g. "Probation Service – North East region".</summary>
    public string? Title { get; init; }

    public string? Reference { get; init; }
    public DateOnly? LetterDate { get; init; }
    public ReviewPerson? Addressee { get; init; }
    public ReviewPerson? Signatory { get; init; }
    public IReadOnlyList<ReviewPerson> Copied { get; init; } = [];
    public string? LeadInspector { get; init; }

    /// <summary>The PDU inspections of the region, in the letter's order.</summary>
    public IReadOnlyList<LinkedPdu> PduInspections { get; init; } = [];

    /// <summary>The areas of the regional observations, in the letter's order.</summary>
    public IReadOnlyList<ReviewArea> Areas { get; init; } = [];

    /// <summary>Letter text that belongs to no area, by section key ("opening", "observations", "summary", "closing").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Narrative { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public LinkedPdu? FindPdu(string key) => PduInspections.FirstOrDefault(p => p.Key == key);
}

/// <summary>Someone the letter is to, from, or copied to. Staff of the inspectorate and the service are named; people on probation never are.</summary>
public sealed record ReviewPerson(string Name)
{
    public string? Role { get; init; }
    public string? Email { get; init; }
}

/// <summary>
/// A PDU inspection the review links. With a <see cref="Dataset"/> (a PDU dataset folder, relative to the review folder)
/// its ratings come from rating that dataset; what the letter prints is recorded in <see cref="Published"/> and
/// <see cref="Recommendations"/>, and is checked against the dataset when both are present.
/// </summary>
public sealed record LinkedPdu(string Key, string Name)
{
    /// <summary>Other spellings the letter uses ("South Tyneside and Gateshead").</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Relative path of the PDU's dataset folder, or null where only the letter's figures are held.</summary>
    public string? Dataset { get; init; }

    /// <summary>The framework the PDU was inspected under, where no dataset says so.</summary>
    public string? Framework { get; init; }

    /// <summary>The PDU's ratings as the letter prints them (Annexe two, or only the overall rating from its summary).</summary>
    public PublishedPduRatings? Published { get; init; }

    /// <summary>The PDU's recommendations as Annexe one prints them, numbered as the letter numbers them.</summary>
    public IReadOnlyList<ReviewRecommendation> Recommendations { get; init; } = [];

    public string? Note { get; init; }
}

/// <summary>A PDU's ratings as printed: score out of its maximum, overall rating, each standard (or "Not inspected").</summary>
public sealed record PublishedPduRatings
{
    public int? Score { get; init; }
    public int? MaxScore { get; init; }
    public Rating? OverallRating { get; init; }
    public IReadOnlyList<PublishedStandardRating> Standards { get; init; } = [];

    /// <summary>Where in the letter the figures are printed ("Annexe two", "Summary").</summary>
    public string? Source { get; init; }
}

/// <summary>One row of a printed ratings table; a null <see cref="Rating"/> is "Not inspected".</summary>
public sealed record PublishedStandardRating(string Standard, string Name, Rating? Rating)
{
    public bool NotInspected => Rating is null;
}

/// <summary>Who a recommendation is addressed to: the PDU, the region, or a national body.</summary>
public enum AddresseeLevel { Pdu, Region, Hmpps, MinistryOfJustice }

/// <summary>A recommendation as Annexe one prints it: its number, who should act (level, and the name as printed), the text.</summary>
public sealed record ReviewRecommendation(int Number, AddresseeLevel Level, string Addressee, string Text);

/// <summary>One area of the regional observations (Leadership, Staff, …, Learning from Serious Further Offence investigations).</summary>
public sealed record ReviewArea(string Key, string Title)
{
    /// <summary>Whether the letter prints "Key strengths:" / "Key areas for improvement:" headings (three areas do; elsewhere the split is a break in the list).</summary>
    public bool HeadingsPrinted { get; init; }

    /// <summary>Paragraphs before the findings.</summary>
    public IReadOnlyList<string> Narrative { get; init; } = [];

    public IReadOnlyList<ReviewFinding> Findings { get; init; } = [];

    public IEnumerable<ReviewFinding> Strengths => Findings.Where(f => f.Polarity == FindingPolarity.Strength);
    public IEnumerable<ReviewFinding> AreasForImprovement => Findings.Where(f => f.Polarity == FindingPolarity.AreaForImprovement);
}

public enum FindingPolarity { Strength, AreaForImprovement }

/// <summary>A key strength or key area for improvement, with the evidence it rests on.</summary>
public sealed record ReviewFinding(FindingPolarity Polarity, string Text)
{
    public IReadOnlyList<EvidenceCitation> Evidence { get; init; } = [];

    /// <summary>Why the polarity was recorded as it is, where the letter leaves it implicit.</summary>
    public string? Note { get; init; }
}

/// <summary>Where a regional finding's evidence comes from.</summary>
public enum EvidenceSource
{
    /// <summary>The inspectorate's survey of the region's staff ("68 out of 84 respondents").</summary>
    StaffSurvey,

    /// <summary>The PDU inspections of the region (case inspection, interviews, meetings).</summary>
    PduInspections,

    /// <summary>Cases inspected in the regional review itself (e.g. statutory victim cases).</summary>
    CaseInspection,

    /// <summary>Figures and documents the region supplied (vacancy rates, management information).</summary>
    ProviderData,

    /// <summary>National performance data (e.g. sentencer satisfaction by region).</summary>
    NationalData,

    /// <summary>Meetings, interviews and observation during the regional fieldwork.</summary>
    Fieldwork,
}

/// <summary>One piece of evidence: its source, what it says, and the count or figure behind it where the letter gives one.</summary>
public sealed record EvidenceCitation(EvidenceSource Source, string Detail)
{
    /// <summary>"68 out of 84": the numerator; with <see cref="Denominator"/>, or neither.</summary>
    public int? Numerator { get; init; }

    public int? Denominator { get; init; }

    /// <summary>A single figure (22 per cent, 14.1 days), with its <see cref="Unit"/>.</summary>
    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    /// <summary>The linked PDU inspection the evidence comes from, by its key.</summary>
    public string? Inspection { get; init; }

    public bool HasCount => Numerator is not null && Denominator is not null;
}
