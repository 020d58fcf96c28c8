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

    private static void Pdu(Utf8JsonWriter w, LinkedPdu pdu)
    {
        w.WriteStartObject();
        w.WriteString("key", pdu.Key);
        w.WriteString("name", pdu.Name);
        if (pdu.OtherNames.Count > 0) Strings(w, "otherNames", pdu.OtherNames);
        OptionalString(w, "dataset", pdu.Dataset);
        OptionalString(w, "framework", pdu.Framework);
        if (pdu.Published is { } p)
        {
            w.WriteStartObject("published");
            OptionalString(w, "source", p.Source);
            OptionalInt(w, "score", p.Score);
            OptionalInt(w, "maxScore", p.MaxScore);
            if (p.OverallRating is { } overall) w.WriteString("overallRating", overall.Token());
            if (p.Standards.Count > 0)
            {
                w.WriteStartArray("standards");
                foreach (var s in p.Standards)
                {
                    w.WriteStartObject();
                    w.WriteString("standard", s.Standard);
                    w.WriteString("name", s.Name);
                    w.WriteString("rating", s.Rating?.Token() ?? ExchangeTokens.NotInspected);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        if (pdu.Recommendations.Count > 0)
        {
            w.WriteStartArray("recommendations");
            foreach (var r in pdu.Recommendations)
            {
                w.WriteStartObject();
                w.WriteNumber("number", r.Number);
                w.WriteString("level", ExchangeTokens.AddresseeLevels.Token(r.Level));
                w.WriteString("addressee", r.Addressee);
                w.WriteString("text", r.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        OptionalString(w, "note", pdu.Note);
        w.WriteEndObject();
    }

    private static void Area(Utf8JsonWriter w, ReviewArea area)
    {
        w.WriteStartObject();
        w.WriteString("key", area.Key);
        w.WriteString("title", area.Title);
        if (area.HeadingsPrinted) w.WriteBoolean("headingsPrinted", true);
        if (area.Narrative.Count > 0) Strings(w, "narrative", area.Narrative);
        if (area.Findings.Count > 0)
        {
            w.WriteStartArray("findings");
            foreach (var f in area.Findings)
            {
                w.WriteStartObject();
                w.WriteString("polarity", ExchangeTokens.Polarities.Token(f.Polarity));
                w.WriteString("text", f.Text);
                w.WriteStartArray("evidence");
                foreach (var e in f.Evidence) Citation(w, e);
                w.WriteEndArray();
                OptionalString(w, "note", f.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Citation(Utf8JsonWriter w, EvidenceCitation e)
    {
        w.WriteStartObject();
        w.WriteString("source", ExchangeTokens.EvidenceSources.Token(e.Source));
        w.WriteString("detail", e.Detail);
        OptionalInt(w, "numerator", e.Numerator);
        OptionalInt(w, "denominator", e.Denominator);
        OptionalDecimal(w, "value", e.Value);
        OptionalString(w, "unit", e.Unit);
        OptionalString(w, "inspection", e.Inspection);
        w.WriteEndObject();
    }

    private static void Person(Utf8JsonWriter w, string? name, ReviewPerson? person)
    {
        if (person is null) return;
        if (name is null) w.WriteStartObject();
        else w.WriteStartObject(name);
        w.WriteString("name", person.Name);
        OptionalString(w, "role", person.Role);
        OptionalString(w, "email", person.Email);
        w.WriteEndObject();
    }
}
