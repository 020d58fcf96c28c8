using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Reports.Model;

namespace Probity.Reports.Writing;

/// <summary>What a comparison lets the text say: the figure and test in words, and whether "significant" may be used (R20–R21).</summary>
public sealed record ComparisonNote(string Text, bool Significant);

/// <summary>
/// A key question or prompt as the drafting notes give it: the count and percentage, the suggested wording by the
/// quantifier phrases (§9.2–9.3) and its negative framing, and each comparison.
/// </summary>
public sealed record ItemFigure(string Id, string Text, int Yes, int Answered, int? Percent, string SuggestedWording, string FramedNegatively,
    ComparisonNote Previous, ComparisonNote National)
{
    /// <summary>"12/20 = 60%".</summary>
    public string Current => $"{Yes}/{Answered} = {Percent}%";
}

/// <summary>A standard a block is about, with its rating as it now stands.</summary>
public sealed record StandardFigure(string Id, string Name, string Rating);

/// <summary>The figures a block of text talks about, for the writing page beside it.</summary>
public sealed record BlockFigures(IReadOnlyList<StandardFigure> Standards, IReadOnlyList<ItemFigure> Items);

public static class BlockFigureBuilder
{
    /// <summary>
    /// The figures of the block <paramref name="key"/>: the standards and the answered items it is about (a key question's
    /// own, a standard's or domain's, or for a block about the whole report every key question, without their prompts):
    /// the same computation as the drafting notes.
    /// </summary>
    public static BlockFigures For(InspectionDataset dataset, InspectionRating rating, string key)
    {
        var context = new ReportContext(dataset, rating, new ReportOptions { Draft = true });
        var framework = dataset.Framework;
        var about = NarrativeScope.KeyQuestionsAbout(framework, key);
        var wide = about is null;
        var kqs = about ?? framework.KeyQuestions.ToList();
        var items = kqs.SelectMany(k => wide ? [k.Id] : new[] { k.Id }.Concat(k.Prompts.Select(p => p.Id)))
            .Select(id => ItemFigures.Of(context, id))
            .OfType<ItemFigure>()
            .ToList();
        var standards = kqs.Select(k => k.Standard).Distinct()
            .Select(s => rating.Standard(s.Id) is { } r ? new StandardFigure(s.Id, s.Name, RatingsPageBuilder.StatusText(r)) : null)
            .OfType<StandardFigure>()
            .ToList();
        return new BlockFigures(framework.IsRated ? standards : [], items);
    }
}

/// <summary>The figures of one answered item, shared by the drafting notes and the writing pages.</summary>
internal static class ItemFigures
{
    /// <summary>Null for an item with no answers yet.</summary>
    public static ItemFigure? Of(ReportContext context, string itemId)
    {
        var tally = context.Rating.Items.GetValueOrDefault(itemId);
        if (!tally.HasValue) return null;
        var wording = Core.Text.QuantifierPhrases.Suggest(tally.Yes, tally.Answered);
        var text = context.Framework.FindKeyQuestion(itemId)?.Title ?? context.Framework.FindPrompt(itemId)?.Text ?? itemId;
        return new ItemFigure(itemId, text, tally.Yes, tally.Answered, tally.Percent, wording.Preferred, wording.PreferredComplement,
            Note(ComparisonCells.Previous(context, itemId), context.HasPrevious),
            Note(ComparisonCells.National(context, itemId), context.Manifest.NationalComparator is not null));
    }

    // R20–R22 in words, so the inspector sees why a change may or may not be called significant.
    private static ComparisonNote Note(Comparison comparison, bool exists)
    {
        if (!exists) return new("–", false);
        if (!comparison.Comparable) return new("not comparable (framework changed)", false);
        if (comparison.OtherPercent is not { } other) return new("no figure", false);
        if (comparison.Test is not { } t) return new($"{other}%: counts not held, so never 'significant'", false);
        var z = t.Z.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var p = t.PValue.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        return new($"{other}%: z = {z}, p = {p}, {(t.Significant ? "significant" : "not significant")}", t.Significant);
    }
}

/// <summary>Which key questions a block of text is about, read from its key (shared with the narrative checks).</summary>
internal static class NarrativeScope
{
    /// <summary>A key question's block: that one; a standard's or domain's: theirs; anything else (foreword, background): null, the whole report.</summary>
    public static List<KeyQuestion>? KeyQuestionsAbout(FrameworkVersion framework, string key)
    {
        var parts = key.Split(':');
        var id = parts.Length > 1 ? parts[1] : "";
        return parts[0] switch
        {
            "key-question" => framework.FindKeyQuestion(id) is { } k ? [k] : [],
            "standard" or "executive-summary" or "chapter" when framework.FindStandard(id) is { } s => [.. s.KeyQuestions],
            "executive-summary" or "chapter" or "judgement" or "enablers" or "barriers" when framework.Domains.FirstOrDefault(d => d.Key == id) is { } d
                => [.. d.Standards.SelectMany(s => s.KeyQuestions)],
            _ => null,
        };
    }
}
