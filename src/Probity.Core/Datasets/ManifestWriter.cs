using System.Text.Json;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Text;
using static Probity.Core.Json.JsonWriting;

namespace Probity.Core.Datasets;

/// <summary>Writes an <see cref="InspectionManifest"/> as inspection.json; <see cref="ManifestReader"/> reads it back unchanged.</summary>
public static partial class ManifestWriter
{
    public static string Write(InspectionManifest manifest)
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("framework", manifest.Framework);
            OptionalString(w, "reference", manifest.Reference);
            w.WriteStartObject("provider");
            w.WriteString("name", manifest.Provider.Name);
            OptionalString(w, "shortName", manifest.Provider.ShortName);
            w.WriteString("type", manifest.Provider.Type.ToString());
            OptionalString(w, "region", manifest.Provider.Region);
            w.WriteEndObject();
            OptionalString(w, "leadInspector", manifest.LeadInspector);
            OptionalString(w, "fieldworkStart", manifest.FieldworkStart?.ToString("yyyy-MM-dd"));
            OptionalString(w, "fieldworkEnd", manifest.FieldworkEnd?.ToString("yyyy-MM-dd"));
            OptionalString(w, "published", manifest.Published);
            OptionalString(w, "status", manifest.Status?.Token());
            OptionalString(w, "programmeYear", manifest.ProgrammeYear);
            if (manifest.NotInspected.Count > 0) Strings(w, "notInspected", manifest.NotInspected);
            if (manifest.DomainOneRatings.Count > 0) RatingMap(w, "domainOneRatings", manifest.DomainOneRatings);
            if (manifest.DomainOneProposals.Count > 0)
            {
                w.WriteStartObject("domainOneProposals");
                foreach (var (k, p) in manifest.DomainOneProposals)
                {
                    w.WriteStartObject(k);
                    OptionalString(w, "proposed", p.Proposed?.Token());
                    OptionalString(w, "rationale", p.Rationale);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            if (manifest.PanelDecisions.Count > 0)
            {
                w.WriteStartArray("panelDecisions");
                foreach (var d in manifest.PanelDecisions)
                {
                    w.WriteStartObject();
                    w.WriteString("standard", d.Standard);
                    w.WriteString("move", ExchangeTokens.Moves.Token(d.Move));
                    w.WriteString("basis", ExchangeTokens.Bases.Token(d.Basis));
                    w.WriteString("rationale", d.Rationale);
                    OptionalString(w, "proposedBy", d.ProposedBy);
                    OptionalString(w, "ratifiedBy", d.RatifiedBy);
                    OptionalString(w, "decisionDate", d.DecisionDate?.ToString("yyyy-MM-dd"));
                    OptionalString(w, "outsideRules", d.OutsideRules);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (manifest.Samples.Count > 0)
            {
                w.WriteStartObject("samples");
                foreach (var (k, s) in manifest.Samples)
                {
                    w.WriteStartObject(k);
                    OptionalInt(w, "required", s.Required);
                    if (s.Census) w.WriteBoolean("census", true);
                    OptionalInt(w, "eligiblePopulation", s.EligiblePopulation);
                    OptionalString(w, "note", s.Note);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            WriteFieldwork(w, manifest.Fieldwork);
            if (manifest.PreviousInspection is { } prev)
            {
                w.WriteStartObject("previousInspection");
                OptionalString(w, "framework", prev.Framework);
                OptionalInt(w, "year", prev.Year);
                OptionalString(w, "reference", prev.Reference);
                OptionalString(w, "overallRating", prev.OverallRating?.Token());
                OptionalInt(w, "score", prev.Score);
                if (prev.Ratings.Count > 0) RatingMap(w, "ratings", prev.Ratings);
                ComparatorBody(w, prev);
                w.WriteEndObject();
            }
            if (manifest.NationalComparator is { } national)
            {
                w.WriteStartObject("nationalComparator");
                ComparatorBody(w, national);
                w.WriteEndObject();
            }
            if (manifest.KeyData.Count > 0) WriteKeyData(w, manifest.KeyData);
            if (manifest.ContextualFacts.Count > 0)
            {
                w.WriteStartArray("contextualFacts");
                foreach (var f in manifest.ContextualFacts)
                {
                    w.WriteStartObject();
                    w.WriteString("label", f.Label);
                    w.WriteString("value", f.Value);
                    OptionalString(w, "source", f.Source);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (manifest.PerformanceAgainstKeyTargets.Count > 0)
            {
                w.WriteStartArray("performanceAgainstKeyTargets");
                foreach (var p in manifest.PerformanceAgainstKeyTargets)
                {
                    w.WriteStartObject();
                    w.WriteString("measure", p.Measure);
                    w.WriteString("label", p.Label);
                    OptionalDecimal(w, "provider", p.Provider);
                    OptionalDecimal(w, "englandAndWales", p.EnglandAndWales);
                    OptionalDecimal(w, "target", p.Target);
                    OptionalString(w, "source", p.Source);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            WriteRecommendations(w, manifest.Recommendations);
            if (manifest.Narrative.Count > 0)
            {
                w.WriteStartObject("narrative");
                foreach (var (k, v) in manifest.Narrative) w.WriteString(k, v);
                w.WriteEndObject();
            }
            WriteRecords(w, manifest);
            w.WriteEndObject();
        });
    }

    private static void WriteFieldwork(Utf8JsonWriter writer, FieldworkFacts fieldwork)
    {
        if (fieldwork == new FieldworkFacts()) return;
        writer.WriteStartObject("fieldwork");
        OptionalInt(writer, "responsibleOfficersInterviewed", fieldwork.ResponsibleOfficersInterviewed);
        OptionalInt(writer, "meetings", fieldwork.Meetings);
        OptionalInt(writer, "serviceUsersContactAttempted", fieldwork.ServiceUsersContactAttempted);
        OptionalInt(writer, "serviceUsersViewsRecorded", fieldwork.ServiceUsersViewsRecorded);
        OptionalInt(writer, "observedWorkProjects", fieldwork.ObservedWorkProjects);
        OptionalInt(writer, "observedInductionSessions", fieldwork.ObservedInductionSessions);
        OptionalString(writer, "officesVisited", fieldwork.OfficesVisited);
        OptionalString(writer, "siteVisits", fieldwork.SiteVisits);
        writer.WriteEndObject();
    }

    private static void ComparatorBody(Utf8JsonWriter writer, ComparatorResults results)
    {
        OptionalString(writer, "label", results.Label);
        OptionalString(writer, "source", results.Source);
        OptionalString(writer, "period", results.Period);
        writer.WriteStartObject("results");
        foreach (var (id, f) in results.Results)
        {
            writer.WriteStartObject(id);
            OptionalInt(writer, "yes", f.Yes);
            OptionalInt(writer, "answered", f.Answered);
            OptionalInt(writer, "percent", f.Percent);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteKeyData(Utf8JsonWriter writer, IReadOnlyList<KeyDataTable> tables)
    {
        writer.WriteStartArray("keyData");
        foreach (var t in tables)
        {
            writer.WriteStartObject();
            writer.WriteString("id", t.Id);
            OptionalString(writer, "standard", t.Standard);
            OptionalString(writer, "title", t.Title);
            OptionalString(writer, "placedUnder", t.PlacedUnder);
            Strings(writer, "columns", t.Columns);
            OptionalString(writer, "source", t.Source);
            writer.WriteStartArray("rows");
            foreach (var r in t.Rows)
            {
                writer.WriteStartObject();
                writer.WriteString("label", r.Label);
                writer.WriteStartArray("values");
                foreach (var v in r.Values)
                    if (v is { } d) writer.WriteNumberValue(d);
                    else writer.WriteNullValue();
                writer.WriteEndArray();
                if (r.ValueText.Any(t => t is not null))
                {
                    writer.WriteStartArray("valueText");
                    foreach (var v in r.ValueText)
                        if (v is null) writer.WriteNullValue();
                        else writer.WriteStringValue(v);
                    writer.WriteEndArray();
                }
                OptionalString(writer, "unit", r.Unit);
                OptionalString(writer, "footnote", r.Footnote);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteRecommendations(Utf8JsonWriter writer, RecommendationSet recommendations)
    {
        if (recommendations.Previous.Count == 0 && recommendations.New.Count == 0) return;
        writer.WriteStartObject("recommendations");
        writer.WriteStartArray("previous");
        foreach (var p in recommendations.Previous)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", p.Number);
            writer.WriteString("text", p.Text);
            OptionalString(writer, "progress", p.Progress?.Token());
            OptionalString(writer, "evidence", p.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("new");
        foreach (var n in recommendations.New)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", n.Number);
            writer.WriteString("text", n.Text);
            OptionalString(writer, "addressee", n.Addressee);
            OptionalInt(writer, "repeatsPrevious", n.RepeatsPrevious);
            OptionalString(writer, "finding", n.Finding);
            if (n.ActionPlan is { } plan) WriteActionPlan(writer, plan);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void RatingMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, Rating> map)
    {
        writer.WriteStartObject(name);
        foreach (var (k, v) in map) writer.WriteString(k, v.Token());
        writer.WriteEndObject();
    }

}
