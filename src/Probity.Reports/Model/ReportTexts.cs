namespace Probity.Reports.Model;

/// <summary>
/// The fixed texts of a 2019 (round two) report, as published (seed 000; spec §7.1, §8, §5.8). Templates take their
/// numbers from the inspection; inspectors never type these.
/// </summary>
internal static class ReportTexts
{
    public const string CoverLead = "An inspection of probation services in:";

    public static string Acknowledgement(string leadInspector) =>
        $"This inspection was led by HM Inspector {leadInspector}, supported by a team of inspectors and colleagues from across the Inspectorate. "
        + "We would like to thank all those who participated in any way in this inspection. Without their help and cooperation, the inspection would not have been possible.";

    public const string RoleHeading = "The role of HM Inspectorate of Probation";

    public const string Role =
        "Her Majesty's Inspectorate of Probation is the independent inspector of youth offending and probation services in England and Wales. "
        + "We report on the effectiveness of probation and youth offending service work with adults and children. We inspect these services and publish "
        + "inspection reports. We highlight good and poor practice, and use our data and information to encourage high-quality services. We are "
        + "independent of government, and speak independently.";

    public const string NamesNotice =
        "Please note that throughout the report the names in the practice examples have been changed to protect the individual's identity.";

    public static string FieldworkStarted(string date) => $"The fieldwork for this inspection started on {date}.";

    public static string Copyright(int? year) => year is { } y ? $"© Crown copyright {y}" : "© Crown copyright";

    public const string Licence =
        "You may re-use this information (excluding logos) free of charge in any format or medium, under the terms of the Open Government Licence. "
        + "To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence or email psi@nationalarchives.gsi.gov.uk.";

    public const string ThirdParty =
        "Where we have identified any third-party copyright information, you will need to obtain permission from the copyright holders concerned.";

    public static readonly string[] PublisherAddress =
        ["Her Majesty's Inspectorate of Probation", "1st Floor Civil Justice Centre", "1 Bridge Street West", "Manchester", "M3 3FX"];

    public const string DraftNotice = "Draft: not for publication. This report has not been published, and its figures and text may change.";

    // §8.3: the executive summary's opening paragraph and its two footnotes.
    public static string SummaryOpeningStart(string provider, string rating, int domains, int standards) =>
        $"Overall, {provider} is rated as '{rating}'. This rating has been determined by inspecting this provider in {Words(domains)} areas of its work, "
        + $"referred to as 'domains'. We inspect against {standards} 'standards', shared between the domains. These standards are based on "
        + "established models and frameworks, which are grounded in evidence, learning and experience. They are designed to drive improvements "
        + "in the quality of work with people who have offended.";

    public const string SummaryOpeningScoring = " Published scoring rules generate the overall provider rating.";

    public static string SummaryOpeningEnd(int domains) => $" The findings and subsequent ratings in those {Words(domains)} domains are described below.";

    public const string StandardsLink =
        "HMI Probation's standards can be found here: https://www.justiceinspectorates.gov.uk/hmiprobation/about-our-work/our-standards-and-ratings/";

    public const string CrcSpecificLead = "Our key findings about other core activities specific to CRCs are as follows:";

    // §8.4: recommendations.
    public const string PreviousRecommendationsHeading = "Achievement of recommendations from the previous inspection";
    public const string NewRecommendationsHeading = "New recommendations";
    public const string RepeatedRecommendation = "This recommendation has been repeated from the previous inspection.";

    public static string NewRecommendationsLead(int count) =>
        $"As a result of our inspection findings, we have made {Words(count)} recommendation{(count == 1 ? "" : "s")} that we believe, "
        + "if implemented, will have a positive impact on the quality of probation services.";

    public static string AnnexThreePointer(string typeNoun) =>
        $"For more information about this {typeNoun}, including details of their operating model, please see Annex 3 of this report.";

    // §8.5: chapter and standard texts.
    public const string Strengths = "Strengths:";
    public const string AreasForImprovement = "Areas for improvement:";

    public static string JudgementLead(string topic, int questions) =>
        $"In making a judgement about {topic}, we take into account the answers to the following {Words(questions)} questions.";

    public static string RatingLead(string topic, int questions) => $"for {topic} is based on the following {Words(questions)} questions:";

    public const string RatingNote =
        "The rating for the standard is normally driven by the lowest score on each of the key questions, which is placed in a rating band, "
        + "indicated in bold in the table. See Annex 2 for a more detailed explanation.";

    public const string ProvisionalRatingNote =
        "The provisional rating for the standard is normally driven by the lowest score on each of the key questions, which is placed in a rating band, "
        + "indicated in bold in the table.";

    public const string PromptsNote =
        "The answers to these key questions are underpinned by more detailed 'prompts'. The table in Annex 4 illustrates the percentage of the case "
        + "sample with a satisfactory 'yes' response to each prompt.";

    // R22.
    public const string NoComparableData = "No comparable data available";

    public const string MethodologicalChange =
        "Comparable data between the previous and current inspection are not available. This is due to a methodological change.";

    public const string NotInspected = "Not inspected";
    public const string NoRating = "Not yet rated";
    public const string NoData = "No data available";

    public static string NotInspectedStandard(string id, string name) =>
        $"Standard {id} {name} was not inspected in this inspection, so it has no rating and is left out of the score and its maximum.";

    public const string InspectionData = "HMI Probation inspection data.";

    /// <summary>
    /// R12–R13: the footnote on the value a panel decision moved: its rationale, and, when the panel moved a rating the
    /// rules on discretion do not make eligible, why the rules do not cover it (the report is where that is accounted for).
    /// </summary>
    public static string PanelDecisionNote(Core.Datasets.PanelDecision decision) =>
        string.IsNullOrWhiteSpace(decision.OutsideRules) ? decision.Rationale
        : $"{decision.Rationale} The rules on discretion do not provide for this move; the panel's reason for making it: {decision.OutsideRules.Trim()}";

    // §8.6: Annex 4. The print's "now comparative data" is the §11 quirk 4 typo; the canonical word is "no".
    public const string AnnexFourIntro =
        "The answers to the key questions that determine the ratings for each standard are underpinned by answers to more detailed 'prompts'. "
        + "This table illustrates the percentage of the case sample with a satisfactory 'yes' response to the prompt questions. It should be noted "
        + "that there is no mechanistic connection between the proportion of prompt questions answered positively, and the overall score at the key "
        + "question level. The 'total' does not necessarily equal the 'sum of the parts'. The summary judgement is the overall finding made by the "
        + "inspector, having taken consideration of the answers to all the prompts, weighing up the relative impact of the strengths and weaknesses.";

    public const string AnnexFourComparability =
        "Where we have changed the standard, key question or prompt since the previous round of inspections, no comparative data is available.";

    public const string AnnexFourKeyQuestionsOnly =
        "The prompts of this framework version were not published, so this table gives the key-question percentages only.";

    // R20–R21: the only place the report itself says "significant", and only where the test passed.
    public static string SignificantChange(string against, int from, int to, double alpha) =>
        $"The difference between {against} ({from}%) and the current inspection ({to}%) is statistically significant "
        + $"(two-proportion z-test at the {alpha.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} level; see Annex 2, 'Comparative data').";

    private static string Words(int number) => Core.Text.NumberWords.Of(number);
}
