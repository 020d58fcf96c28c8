using System.Text.Json;
using Probity.Core.Json;
using Probity.Core.Sampling;
using static Probity.Core.Json.JsonWriting;

namespace Probity.Cli.Output;

/// <summary><c>sample --json</c>: the draw as one JSON object, for tools and for storing with the inspection.</summary>
public static class SampleJson
{
    public static string Write(SampleDraw draw, string outPath)
    {
        return JsonFile.Write(w =>
        {
            var plan = draw.Plan;
            w.WriteStartObject();
            w.WriteString("sample", plan.Type.Token());
            w.WriteString("framework", plan.Framework);
            w.WriteString("population", draw.PopulationFile);
            w.WriteString("out", outPath);
            w.WriteNumber("seed", plan.Seed);
            if (plan.AsAt is { } asAt) w.WriteString("asAt", asAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            else w.WriteNull("asAt");

            w.WriteStartObject("eligibility");
            w.WriteNumber("rows", draw.Eligibility.Considered);
            w.WriteNumber("eligible", draw.Eligible);
            Strings(w, "criteria", draw.Eligibility.Criteria);
            w.WriteStartArray("excluded");
            foreach (var e in draw.Eligibility.Exclusions)
            {
                w.WriteStartObject();
                w.WriteString("reason", e.ReasonToken);
                w.WriteString("description", e.Description);
                w.WriteNumber("count", e.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Strings(w, "notes", draw.Eligibility.Notes);
            w.WriteEndObject();

            WriteRequired(w, draw.Required);
            w.WriteBoolean("census", draw.Census);
            if (draw.CensusNote is { } note) w.WriteString("censusNote", note);
            else w.WriteNull("censusNote");
            w.WriteNumber("sampled", draw.Actual);
            w.WriteNumber("reserves", draw.ReserveCount);
            w.WriteString("stratifiedBy", draw.StratifiedBy);
            w.WriteStartArray("strata");
            foreach (var (s, row) in draw.Strata.Zip(draw.Balance.Strata))
            {
                w.WriteStartObject();
                w.WriteString("stratum", s.Label);
                w.WriteNumber("eligible", s.Population);
                w.WriteNumber("quota", Math.Round(s.Quota, 4));
                w.WriteNumber("sampled", s.Allocated);
                w.WriteNumber("reserves", s.Reserves.Count);
                w.WriteNumber("populationPercent", Math.Round(row.PopulationPercent, 2));
                w.WriteNumber("samplePercent", Math.Round(row.SamplePercent, 2));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteBalance(w, draw.Balance);
            w.WriteStartArray("cases");
            foreach (var c in draw.Cases())
            {
                w.WriteStartObject();
                w.WriteString("caseId", c.Case.CaseId);
                w.WriteString("stratum", c.Stratum.Label);
                w.WriteString("role", c.Role.Token());
                if (c.ReserveOrder is { } order) w.WriteNumber("reserveOrder", order);
                else w.WriteNull("reserveOrder");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteRequired(Utf8JsonWriter w, RequiredSize required)
    {
        w.WriteStartObject("requiredSize");
        w.WriteNumber("value", required.Value);
        w.WriteString("source", required.SourceToken);
        if (required.Calculation is { } c)
        {
            w.WriteStartObject("calculation");
            if (c.Population is { } n) w.WriteNumber("population", n);
            else w.WriteNull("population");
            w.WriteNumber("confidencePercent", c.ConfidencePercent);
            w.WriteNumber("marginPercent", c.MarginPercent);
            w.WriteNumber("z", Math.Round(c.Z, 6));
            w.WriteNumber("p", c.P);
            w.WriteNumber("n0", Math.Round(c.N0, 4));
            w.WriteString("label", c.Label);
            w.WriteString("working", c.Working);
            w.WriteEndObject();
        }
        else w.WriteNull("calculation");
        w.WriteEndObject();
    }

    private static void WriteBalance(Utf8JsonWriter w, BalanceReport balance)
    {
        w.WriteStartObject("balance");
        w.WriteNumber("largestDifferencePoints", Math.Round(balance.LargestDifferencePoints, 2));
        if (balance.ChiSquare is { } c)
        {
            w.WriteStartObject("chiSquare");
            w.WriteNumber("statistic", Math.Round(c.Statistic, 6));
            w.WriteNumber("degreesOfFreedom", c.DegreesOfFreedom);
            w.WriteNumber("pValue", Math.Round(c.PValue, 6));
            w.WriteBoolean("approximate", c.Approximate);
            w.WriteEndObject();
        }
        else w.WriteNull("chiSquare");
        w.WriteStartArray("characteristics");
        foreach (var group in balance.Characteristics) Shares(w, group.Column, group.Rows);
        if (balance.Offices.Count > 0) Shares(w, "office", balance.Offices);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Shares(Utf8JsonWriter w, string column, IReadOnlyList<BalanceRow> rows)
    {
        w.WriteStartObject();
        w.WriteString("column", column);
        w.WriteBoolean("stratifying", column != "office");
        w.WriteStartArray("values");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("value", r.Label);
            w.WriteNumber("eligible", r.Population);
            w.WriteNumber("sampled", r.Sample);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
