using System.Text.Json;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Reviews;
using Probity.Core.Text;

namespace Probity.Cli.Output;

/// <summary><c>rate --json</c> for a regional review: the summary as one JSON object, for tools.</summary>
public static class ReviewJson
{
    public static string Write(ReviewSummary summary)
    {
        return JsonFile.Write(w =>
        {
            var review = summary.Review;
            w.WriteStartObject();
            w.WriteString("kind", "regional-review");
            w.WriteString("region", review.Region);
            if (review.LetterDate is { } date) w.WriteString("letterDate", date.ToString("yyyy-MM-dd"));
            w.WriteStartArray("areas");
            foreach (var a in summary.Areas)
            {
                w.WriteStartObject();
                w.WriteString("key", a.Area.Key);
                w.WriteString("title", a.Area.Title);
                w.WriteNumber("strengths", a.Strengths);
                w.WriteNumber("areasForImprovement", a.AreasForImprovement);
                w.WriteNumber("citations", a.Citations);
                w.WriteNumber("countedCitations", a.CountedCitations);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("recommendations");
            foreach (var r in summary.Recommendations)
            {
                w.WriteStartObject();
                w.WriteString("pdu", r.Pdu.Key);
                foreach (var (level, count) in r.ByLevel) w.WriteNumber(ExchangeTokens.AddresseeLevels.Token(level), count);
                w.WriteNumber("total", r.Total);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("annexeTwo");
            foreach (var t in summary.AnnexeTwo) WriteTable(w, t);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteTable(Utf8JsonWriter w, AnnexeTwoTable t)
    {
        w.WriteStartObject();
        w.WriteString("pdu", t.Pdu.Key);
        w.WriteString("name", t.Pdu.Name);
        w.WriteBoolean("fromDataset", t.FromDataset);
        if (t.Score is { } score) w.WriteNumber("score", score);
        else w.WriteNull("score");
        if (t.MaxScore is { } max) w.WriteNumber("maxScore", max);
        else w.WriteNull("maxScore");
        if (t.OverallRating is { } overall) w.WriteString("overallRating", overall.Token());
        else w.WriteNull("overallRating");
        w.WriteStartArray("standards");
        foreach (var row in t.Rows.Where(r => !r.IsDomain))
        {
            w.WriteStartObject();
            w.WriteString("id", row.Id);
            w.WriteString("name", row.Name);
            if (row.NotInspected) w.WriteString("rating", ExchangeTokens.NotInspected);
            else if (row.Rating is { } rating) w.WriteString("rating", rating.Token());
            else w.WriteNull("rating");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
