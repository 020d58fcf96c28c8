using Probity.Core.Text;

namespace Probity.Reports.Model;

/// <summary>
/// The sample paragraphs of the executive summary and the chapters (spec §8.3), filled in with the inspection's counts.
/// Each sentence whose count is not recorded is left out rather than printed with a gap.
/// </summary>
internal static class SampleParagraphs
{
    public static IReadOnlyList<FootnotedText> For(ReportContext context, string sample, IReadOnlyList<string> elements) => sample switch
    {
        SampleFacts.CaseSupervision => CaseSupervision(context, elements),
        SampleFacts.UnpaidWork => UnpaidWork(context),
        SampleFacts.ThroughTheGate => ThroughTheGate(context),
        SampleFacts.CourtWork => CourtWork(context),
        _ => [],
    };

    private static IReadOnlyList<FootnotedText> CaseSupervision(ReportContext context, IReadOnlyList<string> elements)
    {
        var s = context.Samples;
        var total = s.Of(SampleFacts.CaseSupervision);
        if (total == 0) return [];
        var fieldwork = context.Manifest.Fieldwork;
        var text = s.Community + s.PostRelease == total && s.PostRelease > 0 && s.Community > 0
            ? $"We inspected {s.Community} community sentence cases and {s.PostRelease} post-release supervision cases."
            : $"We inspected {total} case supervision cases.";
        var interviewed = new List<string>();
        var terms = context.Framework.Terminology;
        if (fieldwork.ResponsibleOfficersInterviewed is { } ro) interviewed.Add($"{ro} {Formatting.Plural(terms.Practitioner)}");
        if (fieldwork.ServiceUsersViewsRecorded is { } su) interviewed.Add($"{su} {Formatting.Plural(terms.PersonOnProbation)}");
        var examined = $"examined the quality of {Formatting.JoinSemicolons(elements)}";
        text += interviewed.Count > 0
            ? $" We interviewed {string.Join(" and ", interviewed)}; and {examined}."
            : $" We {examined}.";
        text += $" Each of these elements was inspected in respect of engaging the {context.Framework.Terminology.PersonOnProbation} and addressing issues relevant to offending and desistance.";
        if (s.Harm is { } harm and > 0)
            text += $" In the {harm} cases where there were factors related to harm, we also inspected work to keep other people safe.";
        text += " The quality of the work done under each element needs to be above a specified threshold, to achieve a particular score.";
        return [text];
    }

    private static IReadOnlyList<FootnotedText> UnpaidWork(ReportContext context)
    {
        var n = context.Samples.Of(SampleFacts.UnpaidWork);
        if (n == 0) return [];
        var text = $"We inspected the management of {n} unpaid work requirements, looking at assessment and planning; safety; and implementation of the court order.";
        var f = context.Manifest.Fieldwork;
        var observed = new List<string>();
        if (f.ObservedInductionSessions is { } i) observed.Add($"{NumberWords.Of(i)} induction session{(i == 1 ? "" : "s")}");
        if (f.ObservedWorkProjects is { } w) observed.Add($"{NumberWords.Of(w)} work part{(w == 1 ? "y" : "ies")}");
        if (observed.Count > 0)
            text += $" We also observed {string.Join(" and ", observed)}, to examine the extent to which unpaid work is delivered in a way that supports desistance.";
        return [text];
    }

    // Ours: no seed describes a PDU's court-work sample (frameworks/README.md, hmip-pdu-2021).
    private static IReadOnlyList<FootnotedText> CourtWork(ReportContext context)
    {
        var n = context.Samples.Of(SampleFacts.CourtWork);
        if (n == 0) return [];
        return [$"We inspected the court work in {n} case{(n == 1 ? "" : "s")}, looking at the information and advice given to court and how the "
            + $"{context.Framework.Terminology.PersonOnProbation} was involved."];
    }

    /// <summary>"We did not inspect court work in this inspection."</summary>
    public static FootnotedText NotInspected(Core.Frameworks.Standard standard) => $"We did not inspect {KeyQuestionTables.Topic(standard)} in this inspection.";

    private static IReadOnlyList<FootnotedText> ThroughTheGate(ReportContext context)
    {
        var n = context.Samples.Of(SampleFacts.ThroughTheGate);
        if (n == 0) return [];
        return [$"We inspected the management of {n} case{(n == 1 ? "" : "s")} where the {context.TypeNoun} had delivered pre-release Through the Gate "
            + "resettlement work, looking at resettlement planning; delivery of resettlement services; and release coordination."];
    }
}
