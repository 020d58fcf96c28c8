namespace Probity.Reports.Letters;

/// <summary>The letter's fixed texts, as the North East letter prints them (seed 002); the review supplies everything else.</summary>
internal static class LetterTexts
{
    // 002:3–5.
    public const string Inspectorate = "HM Inspectorate of Probation";

    public const string Address =
        "1st Floor, Manchester Civil Justice Centre, 1 Bridge Street West, Manchester M3 3FX enquiries.HMIProb@hmiprobation.gov.uk "
        + "www.justiceinspectorates.gov.uk/hmiprobation";

    public const string To = "To:";
    public const string Copied = "cc:";
    public const string RegionalObservations = "Regional observations:";
    public const string KeyStrengths = "Key strengths:";
    public const string KeyAreasForImprovement = "Key areas for improvement:";
    public const string Summary = "Summary";
    public const string YoursSincerely = "Yours sincerely,";

    // 002:222–224.
    public const string AnnexeOne = "Annexe one – Recommendations";
    public const string AnnexeOneLead = "Set out below are the recommendations arising from the inspection of PDUs in this region.";

    // 002:262–266: the hyphen in the heading is the letter's own.
    public const string AnnexeTwo = "Annexe two - PDU ratings";

    public const string AnnexeTwoLead =
        "Set out below are the ratings of the PDUs in this region. More detail about the reasons for the ratings is available in the PDU reports, "
        + "which are published on our website:";

    public const string Website = "HMI Probation - Home (justiceinspectorates.gov.uk)";

    // Probity's addition: the letter cites its evidence in the text; the review records it finding by finding.
    public const string EvidenceHeading = "Evidence for the findings";

    public const string EvidenceLead =
        "Each key strength and key area for improvement above carries a number; this list gives, for each, the evidence the review records for it. "
        + "It is Probity's record of the review, not part of the letter as sent.";

    public static string NoRatingsTable(string pdu, string? source) =>
        $"The ratings table of {pdu} is not held: the review records only its overall rating{(source is { Length: > 0 } s ? $", from the letter's {s}" : "")}.";

    public const string NothingHeld = "No ratings are held for this PDU: the review links no dataset and records none of its ratings.";
}
