using System.Text.Json;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Text;
using static Probity.Core.Json.JsonWriting;

namespace Probity.Core.Datasets;

/// <summary>Writes an <see cref="InspectionManifest"/> as inspection.json; <see cref="ManifestReader"/> reads it back unchanged.</summary>
public static class ManifestWriter
{
    public static string Write(InspectionManifest m)
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("framework", m.Framework);
            OptionalString(w, "reference", m.Reference);
            w.WriteStartObject("provider");
            w.WriteString("name", m.Provider.Name);
            OptionalString(w, "shortName", m.Provider.ShortName);
            w.WriteString("type", m.Provider.Type.ToString());
            OptionalString(w, "region", m.Provider.Region);
            w.WriteEndObject();
            OptionalString(w, "leadInspector", m.LeadInspector);
            OptionalString(w, "fieldworkStart", m.FieldworkStart?.ToString("yyyy-MM-dd"));
            OptionalString(w, "fieldworkEnd", m.FieldworkEnd?.ToString("yyyy-MM-dd"));
            OptionalString(w, "published", m.Published);
            OptionalString(w, "status", m.Status?.Token());
            OptionalString(w, "programmeYear", m.ProgrammeYear);
            if (m.NotInspected.Count > 0) Strings(w, "notInspected", m.NotInspected);
            if (m.DomainOneRatings.Count > 0) RatingMap(w, "domainOneRatings", m.DomainOneRatings);
            if (m.DomainOneProposals.Count > 0)
            {
                w.WriteStartObject("domainOneProposals");
                foreach (var (k, p) in m.DomainOneProposals)
                {
                    w.WriteStartObject(k);
                    OptionalString(w, "proposed", p.Proposed?.Token());
                    OptionalString(w, "rationale", p.Rationale);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            if (m.PanelDecisions.Count > 0)
            {
                w.WriteStartArray("panelDecisions");
                foreach (var d in m.PanelDecisions)
                {
                    w.WriteStartObject();
                    w.WriteString("standard", d.Standard);
                    w.WriteString("move", ExchangeTokens.Moves.Token(d.Move));
                    w.WriteString("basis", ExchangeTokens.Bases.Token(d.Basis));
                    w.WriteString("rationale", d.Rationale);
                    OptionalString(w, "proposedBy", d.ProposedBy);
                    OptionalString(w, "ratifiedBy", d.RatifiedBy);
                    OptionalString(w, "decisionDate", d.DecisionDate?.ToString("yyyy-MM-dd"));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (m.Samples.Count > 0)
            {
                w.WriteStartObject("samples");
                foreach (var (k, s) in m.Samples)
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
            WriteFieldwork(w, m.Fieldwork);
            if (m.PreviousInspection is { } prev)
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
            if (m.NationalComparator is { } national)
            {
                w.WriteStartObject("nationalComparator");
                ComparatorBody(w, national);
                w.WriteEndObject();
            }
            if (m.KeyData.Count > 0) WriteKeyData(w, m.KeyData);
            if (m.ContextualFacts.Count > 0)
            {
                w.WriteStartArray("contextualFacts");
                foreach (var f in m.ContextualFacts)
                {
                    w.WriteStartObject();
                    w.WriteString("label", f.Label);
                    w.WriteString("value", f.Value);
                    OptionalString(w, "source", f.Source);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (m.PerformanceAgainstKeyTargets.Count > 0)
            {
                w.WriteStartArray("performanceAgainstKeyTargets");
                foreach (var p in m.PerformanceAgainstKeyTargets)
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
            WriteRecommendations(w, m.Recommendations);
            if (m.Narrative.Count > 0)
            {
                w.WriteStartObject("narrative");
                foreach (var (k, v) in m.Narrative) w.WriteString(k, v);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        });
    }

    private static void WriteFieldwork(Utf8JsonWriter w, FieldworkFacts f)
    {
        if (f == new FieldworkFacts()) return;
        w.WriteStartObject("fieldwork");
        OptionalInt(w, "responsibleOfficersInterviewed", f.ResponsibleOfficersInterviewed);
        OptionalInt(w, "meetings", f.Meetings);
        OptionalInt(w, "serviceUsersContactAttempted", f.ServiceUsersContactAttempted);
        OptionalInt(w, "serviceUsersViewsRecorded", f.ServiceUsersViewsRecorded);
        OptionalInt(w, "observedWorkProjects", f.ObservedWorkProjects);
        OptionalInt(w, "observedInductionSessions", f.ObservedInductionSessions);
        OptionalString(w, "officesVisited", f.OfficesVisited);
        OptionalString(w, "siteVisits", f.SiteVisits);
        w.WriteEndObject();
    }

    private static void ComparatorBody(Utf8JsonWriter w, ComparatorResults c)
    {
        OptionalString(w, "label", c.Label);
        OptionalString(w, "source", c.Source);
        OptionalString(w, "period", c.Period);
        w.WriteStartObject("results");
        foreach (var (id, f) in c.Results)
        {
            w.WriteStartObject(id);
            OptionalInt(w, "yes", f.Yes);
            OptionalInt(w, "answered", f.Answered);
            OptionalInt(w, "percent", f.Percent);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteKeyData(Utf8JsonWriter w, IReadOnlyList<KeyDataTable> tables)
    {
        w.WriteStartArray("keyData");
        foreach (var t in tables)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            OptionalString(w, "standard", t.Standard);
            OptionalString(w, "title", t.Title);
            OptionalString(w, "placedUnder", t.PlacedUnder);
            Strings(w, "columns", t.Columns);
            OptionalString(w, "source", t.Source);
            w.WriteStartArray("rows");
            foreach (var r in t.Rows)
            {
                w.WriteStartObject();
                w.WriteString("label", r.Label);
                w.WriteStartArray("values");
                foreach (var v in r.Values)
                    if (v is { } d) w.WriteNumberValue(d);
                    else w.WriteNullValue();
                w.WriteEndArray();
                if (r.ValueText.Any(t => t is not null))
                {
                    w.WriteStartArray("valueText");
                    foreach (var v in r.ValueText)
                        if (v is null) w.WriteNullValue();
                        else w.WriteStringValue(v);
                    w.WriteEndArray();
                }
                OptionalString(w, "unit", r.Unit);
                OptionalString(w, "footnote", r.Footnote);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRecommendations(Utf8JsonWriter w, RecommendationSet r)
    {
        if (r.Previous.Count == 0 && r.New.Count == 0) return;
        w.WriteStartObject("recommendations");
        w.WriteStartArray("previous");
        foreach (var p in r.Previous)
        {
            w.WriteStartObject();
            w.WriteNumber("number", p.Number);
            w.WriteString("text", p.Text);
            OptionalString(w, "progress", p.Progress?.Token());
            OptionalString(w, "evidence", p.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("new");
        foreach (var n in r.New)
        {
            w.WriteStartObject();
            w.WriteNumber("number", n.Number);
            w.WriteString("text", n.Text);
            OptionalString(w, "addressee", n.Addressee);
            OptionalInt(w, "repeatsPrevious", n.RepeatsPrevious);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void RatingMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, Rating> map)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map) w.WriteString(k, v.Token());
        w.WriteEndObject();
    }

}
