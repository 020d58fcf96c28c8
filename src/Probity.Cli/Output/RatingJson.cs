using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Text;

namespace Probity.Cli.Output;

/// <summary>The <c>rate --json</c> object of exchange format §3; fields beyond the contract are additions, never changes.</summary>
public static class RatingJson
{
    public static string Write(InspectionDataset dataset, InspectionRating rating)
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("framework", rating.Framework.Id);
            w.WriteString("provider", dataset.Manifest.Provider.Name);
            w.WriteStartArray("standards");
            foreach (var s in rating.Standards) WriteStandard(w, s, dataset);
            w.WriteEndArray();
            if (rating.Score is { } score) w.WriteNumber("score", score);
            else w.WriteNull("score");
            w.WriteNumber("maxScore", rating.MaxScore);
            Token(w, "overallRating", rating.OverallRating);
            w.WriteStartArray("prompts");
            foreach (var item in rating.Framework.Questions.Items.Where(i => !i.IsKeyQuestion))
            {
                var t = rating.Items[item.Id];
                w.WriteStartObject();
                w.WriteString("id", item.Id);
                WriteCounts(w, t);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (rating.Framework.Views.Count > 0) WriteViews(w, rating);
            w.WriteStartArray("warnings");
            foreach (var warning in rating.Warnings) w.WriteStringValue(warning);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteStandard(Utf8JsonWriter writer, StandardRating standard, InspectionDataset dataset)
    {
        writer.WriteStartObject();
        writer.WriteString("id", standard.Standard.Id);
        writer.WriteString("name", standard.Standard.Name);
        writer.WriteString("ratedBy", standard.Standard.RatedBy switch
        {
            RatingBasis.CaseData => "case-data",
            RatingBasis.Judgement => "judgement",
            _ => "none",
        });
        writer.WriteString("status", standard.Status switch
        {
            StandardStatus.Rated => "rated",
            StandardStatus.NotInspected => "not-inspected",
            StandardStatus.NoRating => "no-rating",
            _ => "unrated",
        });
        writer.WriteStartArray("keyQuestions");
        foreach (var k in standard.KeyQuestions.Where(k => k.KeyQuestion.Role != KeyQuestionRole.Judgement))
        {
            writer.WriteStartObject();
            writer.WriteString("id", k.KeyQuestion.Id);
            if (k.Tally is { } t) WriteCounts(writer, t);
            else writer.WriteNull("percent");
            if (k.KeyQuestion.Role == KeyQuestionRole.QualitativeOnly) writer.WriteBoolean("qualitativeOnly", true);
            Token(writer, "band", k.Band);
            if (k.IsLowest) writer.WriteBoolean("lowest", true);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (standard.Standard.RatedBy == RatingBasis.CaseData && standard.Status != StandardStatus.NotInspected)
        {
            if (standard.LowestKeyQuestions.Count > 0) writer.WriteString("lowestKeyQuestion", standard.LowestKeyQuestions[0]);
            else writer.WriteNull("lowestKeyQuestion");
            Token(writer, "indicativeRating", standard.IndicativeRating);
            writer.WriteStartObject("discretion");
            writer.WriteStartArray("eligible");
            foreach (var d in standard.Eligibility.Directions) writer.WriteStringValue(d);
            writer.WriteEndArray();
            writer.WriteStartArray("basis");
            if (standard.Eligibility.UpByProximity) writer.WriteStringValue("up-proximity");
            if (standard.Eligibility.UpByOneCase) writer.WriteStringValue("up-one-case");
            if (standard.Eligibility.DownByProximity) writer.WriteStringValue("down-proximity");
            if (standard.Eligibility.DownByOneCase) writer.WriteStringValue("down-one-case");
            writer.WriteEndArray();
            if (standard.AppliedDecision is { } applied)
            {
                writer.WriteString("applied", ExchangeTokens.Moves.Token(applied.Move));
                writer.WriteString("decisionBasis", ExchangeTokens.Bases.Token(applied.Basis));
                writer.WriteString("rationale", applied.Rationale);
            }
            else writer.WriteNull("applied");
            writer.WriteEndObject();
        }
        if (standard.Standard.RatedBy == RatingBasis.Judgement && dataset.Manifest.DomainOneProposals.TryGetValue(standard.Standard.Id, out var proposal))
        {
            Token(writer, "proposedRating", proposal.Proposed);
            if (proposal.Rationale is { } why) writer.WriteString("rationale", why);
        }
        Token(writer, "rating", standard.Rating);
        if (standard.Score is { } score) writer.WriteNumber("score", score);
        else writer.WriteNull("score");
        writer.WriteEndObject();
    }

    // Additive: an area inspection's counts per view (the CRC's cases, the NPS's); a view without cases is narrative only.
    private static void WriteViews(Utf8JsonWriter writer, InspectionRating rating)
    {
        writer.WriteStartArray("views");
        foreach (var view in rating.Framework.Views)
        {
            writer.WriteStartObject();
            writer.WriteString("key", view.Key);
            writer.WriteString("title", view.Title);
            var counts = rating.Views.FirstOrDefault(v => v.View == view);
            if (counts is null) writer.WriteBoolean("narrativeOnly", true);
            else
            {
                writer.WriteStartArray("items");
                foreach (var item in rating.Framework.Questions.Items)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", item.Id);
                    WriteCounts(writer, counts.Items[item.Id]);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter writer, Tally tally)
    {
        writer.WriteNumber("population", tally.Population);
        writer.WriteNumber("yes", tally.Yes);
        writer.WriteNumber("no", tally.No);
        writer.WriteNumber("na", tally.NotApplicable);
        if (tally.Percent is { } p) writer.WriteNumber("percent", p);
        else writer.WriteNull("percent");
    }

    private static void Token(Utf8JsonWriter writer, string name, Rating? rating)
    {
        if (rating is { } r) writer.WriteString(name, r.Token());
        else writer.WriteNull(name);
    }
}
