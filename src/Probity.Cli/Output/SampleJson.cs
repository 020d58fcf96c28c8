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

    private static void WriteRequired(Utf8JsonWriter writer, RequiredSize required)
    {
        writer.WriteStartObject("requiredSize");
        writer.WriteNumber("value", required.Value);
        writer.WriteString("source", required.SourceToken);
        if (required.Calculation is { } c)
        {
            writer.WriteStartObject("calculation");
            if (c.Population is { } n) writer.WriteNumber("population", n);
            else writer.WriteNull("population");
            writer.WriteNumber("confidencePercent", c.ConfidencePercent);
            writer.WriteNumber("marginPercent", c.MarginPercent);
            writer.WriteNumber("z", Math.Round(c.Z, 6));
            writer.WriteNumber("p", c.P);
            writer.WriteNumber("n0", Math.Round(c.N0, 4));
            writer.WriteString("label", c.Label);
            writer.WriteString("working", c.Working);
            writer.WriteEndObject();
        }
        else writer.WriteNull("calculation");
        writer.WriteEndObject();
    }

    private static void WriteBalance(Utf8JsonWriter writer, BalanceReport balance)
    {
        writer.WriteStartObject("balance");
        writer.WriteNumber("largestDifferencePoints", Math.Round(balance.LargestDifferencePoints, 2));
        if (balance.ChiSquare is { } c)
        {
            writer.WriteStartObject("chiSquare");
            writer.WriteNumber("statistic", Math.Round(c.Statistic, 6));
            writer.WriteNumber("degreesOfFreedom", c.DegreesOfFreedom);
            writer.WriteNumber("pValue", Math.Round(c.PValue, 6));
            writer.WriteBoolean("approximate", c.Approximate);
            writer.WriteEndObject();
        }
        else writer.WriteNull("chiSquare");
        writer.WriteStartArray("characteristics");
        foreach (var group in balance.Characteristics) Shares(writer, group.Column, group.Rows);
        if (balance.Offices.Count > 0) Shares(writer, "office", balance.Offices);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Shares(Utf8JsonWriter writer, string column, IReadOnlyList<BalanceRow> rows)
    {
        writer.WriteStartObject();
        writer.WriteString("column", column);
        writer.WriteBoolean("stratifying", column != "office");
        writer.WriteStartArray("values");
        foreach (var r in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("value", r.Label);
            writer.WriteNumber("eligible", r.Population);
            writer.WriteNumber("sampled", r.Sample);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
