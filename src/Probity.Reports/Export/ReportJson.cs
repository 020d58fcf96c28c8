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

    private static void Standard(Utf8JsonWriter writer, InspectionReport report, StandardRating standard)
    {
        var m = report.Dataset.Manifest;
        writer.WriteStartObject();
        writer.WriteString("id", standard.Standard.Id);
        writer.WriteString("name", standard.Standard.Name);
        writer.WriteString("status", standard.Status.ToString().ToLowerInvariant());
        String(writer, "rating", standard.Rating?.Token());
        String(writer, "indicativeRating", standard.IndicativeRating?.Token());
        String(writer, "previousRating", m.PreviousInspection?.Ratings.TryGetValue(standard.Standard.Id, out var p) == true ? p.Token() : null);
        if (standard.AppliedDecision is { } d)
        {
            writer.WriteStartObject("adjustment");
            writer.WriteString("move", ExchangeTokens.Moves.Token(d.Move));
            writer.WriteString("basis", ExchangeTokens.Bases.Token(d.Basis));
            String(writer, "footnoteOn", (standard.LowestKeyQuestions.Count > 0 ? standard.LowestKeyQuestions[0] : null));
            writer.WriteString("rationale", d.Rationale);
            // Only when the panel moved outside the rules: a decision within them reads as it did before the field existed.
            if (d.OutsideRules is { } outside) writer.WriteString("outsideRules", outside);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("keyQuestions");
        foreach (var k in standard.KeyQuestions)
        {
            writer.WriteStartObject();
            Item(writer, report, k.KeyQuestion.Id, k.KeyQuestion.Title, k.KeyQuestion.IsAnsweredPerCase);
            String(writer, "band", k.Band?.Token());
            writer.WriteBoolean("lowest", k.IsLowest);
            String(writer, "tableText", k.KeyQuestion.IsAnsweredPerCase ? null : k.KeyQuestion.TableText);
            writer.WriteStartArray("prompts");
            foreach (var prompt in report.Dataset.Framework.PromptsKnown ? k.KeyQuestion.Prompts : [])
            {
                writer.WriteStartObject();
                Item(writer, report, prompt.Id, prompt.Text, true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter writer, InspectionReport report, string id, string text, bool counted)
    {
        writer.WriteString("id", id);
        writer.WriteString("text", text);
        var tally = report.Rating.Items.GetValueOrDefault(id);
        if (!counted) return;
        writer.WriteNumber("yes", tally.Yes);
        writer.WriteNumber("no", tally.No);
        writer.WriteNumber("na", tally.NotApplicable);
        Number(writer, "percent", tally.Percent);
        String(writer, "suggestedWording", tally.HasValue ? QuantifierPhrases.Suggest(tally.Yes, tally.Answered).Preferred : null);
        var framework = report.Dataset.Framework;
        var m = report.Dataset.Manifest;
        if (m.PreviousInspection is not null) Comparison(writer, "previous", Comparisons.WithPrevious(framework, id, tally, m.PreviousInspection));
        if (m.NationalComparator is not null) Comparison(writer, "national", Comparisons.WithNational(framework, id, tally, m.NationalComparator));
    }

    private static void Comparison(Utf8JsonWriter writer, string name, Comparison comparison)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean("comparable", comparison.Comparable);
        Number(writer, "percent", comparison.OtherPercent);
        writer.WriteBoolean("significant", comparison.Significant);
        if (comparison.Test is { } t)
        {
            writer.WriteNumber("z", Math.Round(t.Z, 4));
            writer.WriteNumber("p", Math.Round(t.PValue, 4));
        }
        writer.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter writer, ReportTable table)
    {
        writer.WriteStartObject();
        writer.WriteString("id", table.Id);
        writer.WriteString("title", table.Title);
        writer.WriteStartArray("columns");
        foreach (var c in table.Columns) writer.WriteStringValue(c.Text);
        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var r in table.Rows)
        {
            writer.WriteStartObject();
            String(writer, "item", r.ItemId);
            writer.WriteString("kind", r.Kind.ToString().ToLowerInvariant());
            writer.WriteString("label", r.Label.Text);
            writer.WriteStartArray("cells");
            foreach (var c in r.Kind == RowKind.Values ? r.Cells : [])
            {
                writer.WriteStartObject();
                writer.WriteString("text", c.Text);
                if (c.Value is { } v) writer.WriteNumber("value", v);
                if (c.Bold) writer.WriteBoolean("bold", true);
                if (c.Significant) writer.WriteBoolean("significant", true);
                if (c.Notes.Count > 0)
                {
                    writer.WriteStartArray("notes");
                    foreach (var n in c.Notes) writer.WriteNumberValue(n);
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}
