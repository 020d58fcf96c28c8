using Probity.Core.Text;
using Probity.Reports.Model;

namespace Probity.Reports.Area;

/// <summary>Appendix 1 (004:1066–1080): the programme, the sample split by provider, and who and what the inspectors saw.</summary>
internal static class AreaMethodology
{
    public static ProseSection Build(AreaContext context, FootnoteNumbering numbering)
    {
        var scope = numbering.Scope();
        var blocks = new List<DocBlock> { new ParagraphBlock(AreaTexts.MethodologyProgramme) };
        var area = context.Manifest.Provider.DisplayShortName;
        var cases = context.Dataset.Cases;
        var byView = context.CountedViews.Select(v => (Count: cases.Count(v.Population!.Contains), Name: AreaReportBuilder.Organisation(v))).ToList();
        // 004:1070: "In Cumbria, the sample consisted of 47 cases, 31 of which were CRC cases and 16 of which were NPS cases."
        var sample = $"In {area}, the sample consisted of {cases.Count} case{(cases.Count == 1 ? "" : "s")}";
        if (byView.Count > 0) sample += ", " + Formatting.JoinAnd(byView.Select(v => $"{v.Count} of which {(v.Count == 1 ? "was a" : "were")} {v.Name} case{(v.Count == 1 ? "" : "s")}").ToList());
        blocks.Add(new ParagraphBlock(sample + "."));

        var f = context.Manifest.Fieldwork;
        var terms = context.Framework.Terminology;
        if (f.ServiceUsersViewsRecorded is { } people)
            blocks.Add(new ParagraphBlock($"We spoke to {people} {Formatting.Plural(terms.PersonOnProbation)}, whose cases we inspected, met in focus groups or attending interventions."));
        if (f.ResponsibleOfficersInterviewed is { } ro)
            blocks.Add(new ParagraphBlock($"We interviewed {ro} {Formatting.Plural(terms.Practitioner)}."));
        if (f.Meetings is { } meetings)
            blocks.Add(new ParagraphBlock($"We held {NumberWords.Of(meetings)} meeting{(meetings == 1 ? "" : "s")} with managers, staff, partners and stakeholders."));
        if (f.OfficesVisited is { Length: > 0 } offices) blocks.Add(new ParagraphBlock($"We visited {offices}."));
        if (f.SiteVisits is { Length: > 0 } sites) blocks.Add(new ParagraphBlock($"We also visited {sites}."));
        blocks.Add(new ParagraphBlock(
            "There are no ratings in this inspection: each domain is judged in words for each organisation and for the two working together, and the "
            + "case judgements are given as counts."));
        return new ProseSection("methodology", "Appendix 1: Inspection methodology", blocks, scope.Notes);
    }
}
