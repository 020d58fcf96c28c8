namespace Probity.Reports.Area;

/// <summary>The fixed texts of a Quality &amp; Impact report, as the Cumbria report prints them (seed 004).</summary>
internal static class AreaTexts
{
    public const string Programme = "Quality & Impact inspection";

    public static string Title(string area) => $"The effectiveness of probation work in {area}";

    public const string ByTheInspectorate = "An inspection by HM Inspectorate of Probation";

    public const string KeyFacts = "Key facts";
    public const string Judgements = "1. Overall judgements and recommendations";
    public const string Recommendations = "Recommendations";

    // 004:1068.
    public const string MethodologyProgramme =
        "HMI Probation's Quality & Impact programme began in April 2016. It has been designed to examine probation work in discrete geographical areas, "
        + "equivalent to a police/Police and Crime Commissioner area, regardless of who delivers the work. We inspect the work of both the CRC and the NPS, "
        + "together with the contribution of any partners working with these organisations.";

    // 004:1175: the appendix's charts are of the area's cases combined, in counts.
    public const string CaseDataIntro =
        "These charts illustrate key findings from relevant practice inspection cases. These are combined figures for the area as a whole (not separate "
        + "CRC and NPS figures) due to the small numbers involved. These charts show absolute numbers rather than percentages. The size of the bar chart "
        + "segments provides an idea of proportion, while the number gives an idea of how large the sample was.";

    public const string CountsNote =
        "Counts of cases: yes and no as the inspectors judged them. Cases where the question did not apply are not counted, and no percentage is "
        + "given as a rating: this framework rates nothing.";

    public const string CaseFindings = "Case findings";

    public static string FigureNote(IReadOnlyList<string> series) =>
        series.Count > 1
            ? $"Cases answered yes (black) and no (grey), {Model.Formatting.JoinAnd(series)} side by side; – in the table: not asked of that organisation's cases."
            : "Cases answered yes (black) and no (grey), the area's cases together.";

    public static string EnablersAndBarriers(int number, string organisation, string domain, bool barriers) =>
        $"Table {number}: {(barriers ? "Enablers and barriers" : "Enablers")} for the {organisation} relating to the inspection domain of {domain}.";

    public static string NoBarriers(string domain, string organisation) =>
        $"Note: For the domain of {domain} there were no identified barriers found for the {organisation}.";
}
