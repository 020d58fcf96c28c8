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

    private static void WriteTable(Utf8JsonWriter writer, AnnexeTwoTable table)
    {
        writer.WriteStartObject();
        writer.WriteString("pdu", table.Pdu.Key);
        writer.WriteString("name", table.Pdu.Name);
        writer.WriteBoolean("fromDataset", table.FromDataset);
        if (table.Score is { } score) writer.WriteNumber("score", score);
        else writer.WriteNull("score");
        if (table.MaxScore is { } max) writer.WriteNumber("maxScore", max);
        else writer.WriteNull("maxScore");
        if (table.OverallRating is { } overall) writer.WriteString("overallRating", overall.Token());
        else writer.WriteNull("overallRating");
        writer.WriteStartArray("standards");
        foreach (var row in table.Rows.Where(r => !r.IsDomain))
        {
            writer.WriteStartObject();
            writer.WriteString("id", row.Id);
            writer.WriteString("name", row.Name);
            if (row.NotInspected) writer.WriteString("rating", ExchangeTokens.NotInspected);
            else if (row.Rating is { } rating) writer.WriteString("rating", rating.Token());
            else writer.WriteNull("rating");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
