using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Text;
using Probity.Reports.Model;

namespace Probity.Reports.Export;

/// <summary>
/// The report as JSON for tools: every rating and figure with its counts, comparisons (R20–R22) and suggested wording
/// (§9.3), then every printed table and footnote. Schema <c>probity-report/1</c>.
/// </summary>
public static class ReportJson
{
    public const string Schema = "probity-report/1";

    public static void Write(InspectionReport report, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, JsonFile.WriterOptions);
        var dataset = report.Dataset;
        var m = dataset.Manifest;
        var rating = report.Rating;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("framework", dataset.Framework.Id);
        w.WriteStartObject("provider");
        w.WriteString("name", m.Provider.Name);
        w.WriteString("shortName", m.Provider.DisplayShortName);
        w.WriteString("type", m.Provider.Type.ToString());
        w.WriteEndObject();
        w.WriteStartObject("inspection");
        String(w, "reference", m.Reference);
        String(w, "fieldworkStart", m.FieldworkStart?.ToString("yyyy-MM-dd"));
        String(w, "published", m.Published);
        String(w, "status", m.Status?.Token());
        w.WriteBoolean("draft", report.Cover.Draft);
        w.WriteEndObject();
        Number(w, "score", rating.Score);
        w.WriteNumber("maxScore", rating.MaxScore);
        String(w, "overallRating", rating.OverallRating?.Token());

        w.WriteStartArray("standards");
        foreach (var s in rating.Standards) Standard(w, report, s);
        w.WriteEndArray();

        w.WriteStartArray("tables");
        foreach (var t in report.Tables) Table(w, t);
        w.WriteEndArray();

        w.WriteStartObject("notes");
        foreach (var (n, text) in report.AllNotes.OrderBy(n => n.Key)) w.WriteString(n.ToString(), text);
        w.WriteEndObject();

        w.WriteStartArray("warnings");
        foreach (var warning in report.Warnings) w.WriteStringValue(warning);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Standard(Utf8JsonWriter w, InspectionReport report, StandardRating s)
    {
        var m = report.Dataset.Manifest;
        w.WriteStartObject();
        w.WriteString("id", s.Standard.Id);
        w.WriteString("name", s.Standard.Name);
        w.WriteString("status", s.Status.ToString().ToLowerInvariant());
        String(w, "rating", s.Rating?.Token());
        String(w, "indicativeRating", s.IndicativeRating?.Token());
        String(w, "previousRating", m.PreviousInspection?.Ratings.TryGetValue(s.Standard.Id, out var p) == true ? p.Token() : null);
        if (s.AppliedDecision is { } d)
        {
            w.WriteStartObject("adjustment");
            w.WriteString("move", ExchangeTokens.Moves.Token(d.Move));
            w.WriteString("basis", ExchangeTokens.Bases.Token(d.Basis));
            String(w, "footnoteOn", (s.LowestKeyQuestions.Count > 0 ? s.LowestKeyQuestions[0] : null));
            w.WriteString("rationale", d.Rationale);
            w.WriteEndObject();
        }
        w.WriteStartArray("keyQuestions");
        foreach (var k in s.KeyQuestions)
        {
            w.WriteStartObject();
            Item(w, report, k.KeyQuestion.Id, k.KeyQuestion.Title, k.KeyQuestion.IsAnsweredPerCase);
            String(w, "band", k.Band?.Token());
            w.WriteBoolean("lowest", k.IsLowest);
            String(w, "tableText", k.KeyQuestion.IsAnsweredPerCase ? null : k.KeyQuestion.TableText);
            w.WriteStartArray("prompts");
            foreach (var prompt in report.Dataset.Framework.PromptsKnown ? k.KeyQuestion.Prompts : [])
            {
                w.WriteStartObject();
                Item(w, report, prompt.Id, prompt.Text, true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter w, InspectionReport report, string id, string text, bool counted)
    {
        w.WriteString("id", id);
        w.WriteString("text", text);
        var tally = report.Rating.Items.GetValueOrDefault(id);
        if (!counted) return;
        w.WriteNumber("yes", tally.Yes);
        w.WriteNumber("no", tally.No);
        w.WriteNumber("na", tally.NotApplicable);
        Number(w, "percent", tally.Percent);
        String(w, "suggestedWording", tally.HasValue ? QuantifierPhrases.Suggest(tally.Yes, tally.Answered).Preferred : null);
        var framework = report.Dataset.Framework;
        var m = report.Dataset.Manifest;
        if (m.PreviousInspection is not null) Comparison(w, "previous", Comparisons.WithPrevious(framework, id, tally, m.PreviousInspection));
        if (m.NationalComparator is not null) Comparison(w, "national", Comparisons.WithNational(framework, id, tally, m.NationalComparator));
    }

    private static void Comparison(Utf8JsonWriter w, string name, Comparison c)
    {
        w.WriteStartObject(name);
        w.WriteBoolean("comparable", c.Comparable);
        Number(w, "percent", c.OtherPercent);
        w.WriteBoolean("significant", c.Significant);
        if (c.Test is { } t)
        {
            w.WriteNumber("z", Math.Round(t.Z, 4));
            w.WriteNumber("p", Math.Round(t.PValue, 4));
        }
        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, ReportTable t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("title", t.Title);
        w.WriteStartArray("columns");
        foreach (var c in t.Columns) w.WriteStringValue(c.Text);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartObject();
            String(w, "item", r.ItemId);
            w.WriteString("kind", r.Kind.ToString().ToLowerInvariant());
            w.WriteString("label", r.Label.Text);
            w.WriteStartArray("cells");
            foreach (var c in r.Kind == RowKind.Values ? r.Cells : [])
            {
                w.WriteStartObject();
                w.WriteString("text", c.Text);
                if (c.Value is { } v) w.WriteNumber("value", v);
                if (c.Bold) w.WriteBoolean("bold", true);
                if (c.Significant) w.WriteBoolean("significant", true);
                if (c.Notes.Count > 0)
                {
                    w.WriteStartArray("notes");
                    foreach (var n in c.Notes) w.WriteNumberValue(n);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
