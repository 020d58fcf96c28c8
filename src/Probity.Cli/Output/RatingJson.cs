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

    private static void WriteStandard(Utf8JsonWriter w, StandardRating s, InspectionDataset dataset)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Standard.Id);
        w.WriteString("name", s.Standard.Name);
        w.WriteString("ratedBy", s.Standard.RatedBy switch
        {
            RatingBasis.CaseData => "case-data",
            RatingBasis.Judgement => "judgement",
            _ => "none",
        });
        w.WriteString("status", s.Status switch
        {
            StandardStatus.Rated => "rated",
            StandardStatus.NotInspected => "not-inspected",
            StandardStatus.NoRating => "no-rating",
            _ => "unrated",
        });
        w.WriteStartArray("keyQuestions");
        foreach (var k in s.KeyQuestions.Where(k => k.KeyQuestion.Role != KeyQuestionRole.Judgement))
        {
            w.WriteStartObject();
            w.WriteString("id", k.KeyQuestion.Id);
            if (k.Tally is { } t) WriteCounts(w, t);
            else w.WriteNull("percent");
            if (k.KeyQuestion.Role == KeyQuestionRole.QualitativeOnly) w.WriteBoolean("qualitativeOnly", true);
            Token(w, "band", k.Band);
            if (k.IsLowest) w.WriteBoolean("lowest", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (s.Standard.RatedBy == RatingBasis.CaseData && s.Status != StandardStatus.NotInspected)
        {
            if (s.LowestKeyQuestions.Count > 0) w.WriteString("lowestKeyQuestion", s.LowestKeyQuestions[0]);
            else w.WriteNull("lowestKeyQuestion");
            Token(w, "indicativeRating", s.IndicativeRating);
            w.WriteStartObject("discretion");
            w.WriteStartArray("eligible");
            foreach (var d in s.Eligibility.Directions) w.WriteStringValue(d);
            w.WriteEndArray();
            w.WriteStartArray("basis");
            if (s.Eligibility.UpByProximity) w.WriteStringValue("up-proximity");
            if (s.Eligibility.UpByOneCase) w.WriteStringValue("up-one-case");
            if (s.Eligibility.DownByProximity) w.WriteStringValue("down-proximity");
            if (s.Eligibility.DownByOneCase) w.WriteStringValue("down-one-case");
            w.WriteEndArray();
            if (s.AppliedDecision is { } applied)
            {
                w.WriteString("applied", ExchangeTokens.Moves.Token(applied.Move));
                w.WriteString("decisionBasis", ExchangeTokens.Bases.Token(applied.Basis));
                w.WriteString("rationale", applied.Rationale);
            }
            else w.WriteNull("applied");
            w.WriteEndObject();
        }
        if (s.Standard.RatedBy == RatingBasis.Judgement && dataset.Manifest.DomainOneProposals.TryGetValue(s.Standard.Id, out var proposal))
        {
            Token(w, "proposedRating", proposal.Proposed);
            if (proposal.Rationale is { } why) w.WriteString("rationale", why);
        }
        Token(w, "rating", s.Rating);
        if (s.Score is { } score) w.WriteNumber("score", score);
        else w.WriteNull("score");
        w.WriteEndObject();
    }

    // Additive: an area inspection's counts per view (the CRC's cases, the NPS's); a view without cases is narrative only.
    private static void WriteViews(Utf8JsonWriter w, InspectionRating rating)
    {
        w.WriteStartArray("views");
        foreach (var view in rating.Framework.Views)
        {
            w.WriteStartObject();
            w.WriteString("key", view.Key);
            w.WriteString("title", view.Title);
            var counts = rating.Views.FirstOrDefault(v => v.View == view);
            if (counts is null) w.WriteBoolean("narrativeOnly", true);
            else
            {
                w.WriteStartArray("items");
                foreach (var item in rating.Framework.Questions.Items)
                {
                    w.WriteStartObject();
                    w.WriteString("id", item.Id);
                    WriteCounts(w, counts.Items[item.Id]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter w, Tally t)
    {
        w.WriteNumber("population", t.Population);
        w.WriteNumber("yes", t.Yes);
        w.WriteNumber("no", t.No);
        w.WriteNumber("na", t.NotApplicable);
        if (t.Percent is { } p) w.WriteNumber("percent", p);
        else w.WriteNull("percent");
    }

    private static void Token(Utf8JsonWriter w, string name, Rating? rating)
    {
        if (rating is { } r) w.WriteString(name, r.Token());
        else w.WriteNull(name);
    }
}
