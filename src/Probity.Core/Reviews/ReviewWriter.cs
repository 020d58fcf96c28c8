using System.Text.Json;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Text;
using static Probity.Core.Json.JsonWriting;

namespace Probity.Core.Reviews;

/// <summary>Writes a <see cref="RegionalReview"/> as review.json; <see cref="ReviewReader"/> reads it back unchanged.</summary>
public static class ReviewWriter
{
    public static string Write(RegionalReview review)
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("region", review.Region);
            OptionalString(w, "title", review.Title);
            OptionalString(w, "reference", review.Reference);
            if (review.LetterDate is { } date) w.WriteString("letterDate", date.ToString("yyyy-MM-dd"));
            Person(w, "addressee", review.Addressee);
            Person(w, "signatory", review.Signatory);
            if (review.Copied.Count > 0)
            {
                w.WriteStartArray("copied");
                foreach (var p in review.Copied) Person(w, null, p);
                w.WriteEndArray();
            }
            OptionalString(w, "leadInspector", review.LeadInspector);
            w.WriteStartArray("pduInspections");
            foreach (var pdu in review.PduInspections) Pdu(w, pdu);
            w.WriteEndArray();
            if (review.Narrative.Count > 0)
            {
                w.WriteStartObject("narrative");
                foreach (var (key, paragraphs) in review.Narrative) Strings(w, key, paragraphs);
                w.WriteEndObject();
            }
            w.WriteStartArray("areas");
            foreach (var area in review.Areas) Area(w, area);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Pdu(Utf8JsonWriter writer, LinkedPdu pdu)
    {
        writer.WriteStartObject();
        writer.WriteString("key", pdu.Key);
        writer.WriteString("name", pdu.Name);
        if (pdu.OtherNames.Count > 0) Strings(writer, "otherNames", pdu.OtherNames);
        OptionalString(writer, "dataset", pdu.Dataset);
        OptionalString(writer, "framework", pdu.Framework);
        if (pdu.Published is { } p)
        {
            writer.WriteStartObject("published");
            OptionalString(writer, "source", p.Source);
            OptionalInt(writer, "score", p.Score);
            OptionalInt(writer, "maxScore", p.MaxScore);
            if (p.OverallRating is { } overall) writer.WriteString("overallRating", overall.Token());
            if (p.Standards.Count > 0)
            {
                writer.WriteStartArray("standards");
                foreach (var s in p.Standards)
                {
                    writer.WriteStartObject();
                    writer.WriteString("standard", s.Standard);
                    writer.WriteString("name", s.Name);
                    writer.WriteString("rating", s.Rating?.Token() ?? ExchangeTokens.NotInspected);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        if (pdu.Recommendations.Count > 0)
        {
            writer.WriteStartArray("recommendations");
            foreach (var r in pdu.Recommendations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("number", r.Number);
                writer.WriteString("level", ExchangeTokens.AddresseeLevels.Token(r.Level));
                writer.WriteString("addressee", r.Addressee);
                writer.WriteString("text", r.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        OptionalString(writer, "note", pdu.Note);
        writer.WriteEndObject();
    }

    private static void Area(Utf8JsonWriter writer, ReviewArea area)
    {
        writer.WriteStartObject();
        writer.WriteString("key", area.Key);
        writer.WriteString("title", area.Title);
        if (area.HeadingsPrinted) writer.WriteBoolean("headingsPrinted", true);
        if (area.Narrative.Count > 0) Strings(writer, "narrative", area.Narrative);
        if (area.Findings.Count > 0)
        {
            writer.WriteStartArray("findings");
            foreach (var f in area.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("polarity", ExchangeTokens.Polarities.Token(f.Polarity));
                writer.WriteString("text", f.Text);
                writer.WriteStartArray("evidence");
                foreach (var e in f.Evidence) Citation(writer, e);
                writer.WriteEndArray();
                OptionalString(writer, "note", f.Note);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void Citation(Utf8JsonWriter writer, EvidenceCitation citation)
    {
        writer.WriteStartObject();
        writer.WriteString("source", ExchangeTokens.EvidenceSources.Token(citation.Source));
        writer.WriteString("detail", citation.Detail);
        OptionalInt(writer, "numerator", citation.Numerator);
        OptionalInt(writer, "denominator", citation.Denominator);
        OptionalDecimal(writer, "value", citation.Value);
        OptionalString(writer, "unit", citation.Unit);
        OptionalString(writer, "inspection", citation.Inspection);
        writer.WriteEndObject();
    }

    private static void Person(Utf8JsonWriter writer, string? name, ReviewPerson? person)
    {
        if (person is null) return;
        if (name is null) writer.WriteStartObject();
        else writer.WriteStartObject(name);
        writer.WriteString("name", person.Name);
        OptionalString(writer, "role", person.Role);
        OptionalString(writer, "email", person.Email);
        writer.WriteEndObject();
    }
}
