using System.Globalization;
using System.Text.Json;
using Probity.Core.Text;
using static Probity.Core.Json.JsonWriting;

namespace Probity.Core.Datasets;

// What happened to the inspection after the ratings: the factual accuracy check, publication and corrections, the
// overridden checks, the changes to the sample and the action plan. Each is written only when there is one, so a dataset
// without them reads exactly as before.
public static partial class ManifestWriter
{
    /// <summary>A moment as the exchange writes it: UTC, to the tick the store kept ("2026-12-03T12:14:00.1234567Z").</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void OptionalTimestamp(Utf8JsonWriter writer, string name, DateTimeOffset? at)
    {
        if (at is { } value) writer.WriteString(name, Timestamp(value));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteRecords(Utf8JsonWriter w, InspectionManifest manifest)
    {
        if (manifest.FactualAccuracy is { } accuracy) WriteFactualAccuracy(w, accuracy);
        if (manifest.Publication.Count > 0) WritePublication(w, manifest.Publication);
        if (manifest.CheckOverrides.Count > 0) WriteCheckOverrides(w, manifest.CheckOverrides);
        if (!manifest.SampleChanges.IsEmpty) WriteSampleChanges(w, manifest.SampleChanges);
    }

    private static void WriteFactualAccuracy(Utf8JsonWriter w, FactualAccuracyRecord accuracy)
    {
        w.WriteStartObject("factualAccuracy");
        OptionalString(w, "deadline", accuracy.Deadline is { } d ? Day(d) : null);
        OptionalTimestamp(w, "setAt", accuracy.SetAt);
        OptionalString(w, "setBy", accuracy.SetBy);
        w.WriteStartArray("comments");
        foreach (var c in accuracy.Comments)
        {
            w.WriteStartObject();
            w.WriteString("section", c.Section);
            w.WriteString("sectionTitle", c.SectionTitle);
            w.WriteString("comment", c.Text);
            w.WriteString("madeBy", c.MadeBy);
            w.WriteString("madeAt", Timestamp(c.MadeAt));
            OptionalString(w, "outcome", c.Outcome is { } o ? ExchangeTokens.AccuracyOutcomes.Token(o) : null);
            OptionalString(w, "reason", c.OutcomeReason);
            OptionalString(w, "decidedBy", c.DecidedBy);
            OptionalTimestamp(w, "decidedAt", c.DecidedAt);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePublication(Utf8JsonWriter w, IReadOnlyList<PublishedVersion> versions)
    {
        w.WriteStartObject("publication");
        w.WriteStartArray("versions");
        foreach (var v in versions)
        {
            w.WriteStartObject();
            w.WriteNumber("number", v.Number);
            w.WriteString("publishedOn", Day(v.PublishedOn));
            OptionalString(w, "reason", v.Reason);
            w.WriteString("publishedAt", Timestamp(v.PublishedAt));
            w.WriteString("publishedBy", v.PublishedBy);
            w.WriteStartObject("narrative");
            foreach (var (k, text) in v.Narrative) w.WriteString(k, text);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCheckOverrides(Utf8JsonWriter w, IReadOnlyList<OverriddenCheck> overrides)
    {
        w.WriteStartArray("checkOverrides");
        foreach (var o in overrides)
        {
            w.WriteStartObject();
            w.WriteString("finding", o.Finding);
            w.WriteString("block", o.Block);
            w.WriteString("words", o.Words);
            w.WriteString("reason", o.Reason);
            w.WriteString("overriddenBy", o.OverriddenBy);
            w.WriteString("overriddenAt", Timestamp(o.OverriddenAt));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSampleChanges(Utf8JsonWriter w, SampleChanges changes)
    {
        w.WriteStartObject("sampleChanges");
        w.WriteStartArray("withdrawn");
        foreach (var c in changes.Withdrawn)
        {
            w.WriteStartObject();
            w.WriteString("caseId", c.CaseId);
            w.WriteString("sample", c.Sample);
            OptionalString(w, "stratum", c.Stratum);
            w.WriteString("reason", c.Reason);
            OptionalString(w, "replacedBy", c.ReplacedBy);
            w.WriteString("withdrawnAt", Timestamp(c.WithdrawnAt));
            w.WriteString("withdrawnBy", c.WithdrawnBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("added");
        foreach (var c in changes.Added)
        {
            w.WriteStartObject();
            w.WriteString("caseId", c.CaseId);
            OptionalString(w, "stratum", c.Stratum);
            w.WriteString("reason", c.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteActionPlan(Utf8JsonWriter w, ActionPlan plan)
    {
        w.WriteStartObject("actionPlan");
        w.WriteString("response", ExchangeTokens.ActionPlanAnswers.Token(plan.Answer));
        w.WriteString("actions", plan.Actions);
        w.WriteString("owner", plan.Owner);
        OptionalString(w, "targetDate", plan.TargetDate is { } d ? Day(d) : null);
        w.WriteEndObject();
    }
}
